#!/usr/bin/env node
// Size budgets and package checks, fast (no peers, no browser):
//   node bench/check-budgets.mjs
// Bundles every SDK entry of bench/lib/entries.mjs exactly like `npm run bench`'s size table
// (esbuild, minified ESM, production, Vite's resolution, react external; brotli -q 11), checks each
// budget, then runs `npm run build`, `publint --strict` and `attw --pack --profile esm-only`.
// (The packed package in scratch apps is bench/check-pack.mjs, its own stage of `npm test`.)
// Prints one line per budget and check, then `BUDGETS_JSON {"passed":N,"failed":M}`; exits 1 on
// any failure.
import { spawnSync } from 'node:child_process'
import { SDK_ENTRIES } from './lib/entries.mjs'
import { measure, reason, ROOT, SDK_PEERS } from './lib/size.mjs'

/** One budget per entry and kind (see bench/lib/entries.mjs): `alone` keeps the SDK's peers external. */
export const BUDGETS = SDK_ENTRIES.flatMap(({ name, entry, budget }) => [
  ...(budget.alone !== undefined ? [{ name: `${name} — SDK alone (react-query external)`, entry, external: SDK_PEERS, limit: budget.alone }] : []),
  ...(budget.withDeps !== undefined ? [{ name: `${name} — SDK + react-query`, entry, external: [], limit: budget.withDeps }] : []),
])

const counts = { passed: 0, failed: 0 }
const record = (ok) => (ok ? counts.passed++ : counts.failed++)

for (const budget of BUDGETS) {
  try {
    const { brotli } = await measure(budget.entry, { external: budget.external })
    const ok = brotli <= budget.limit
    record(ok)
    console.log(`budget ${budget.name}: ${brotli} B ≤ ${budget.limit} B ${ok ? 'ok' : `FAIL (+${brotli - budget.limit} B)`}`)
  } catch (error) {
    record(false)
    console.log(`budget ${budget.name}: not built (${reason(error)}) ≤ ${budget.limit} B FAIL`)
  }
}

function check(name, command, args, env = {}) {
  const started = Date.now()
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...env } })
  const ok = run.status === 0
  record(ok)
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  console.log(`check ${name}: ${ok ? 'ok' : 'FAIL'} (${seconds} s)`)
  if (!ok) {
    const output = `${run.stdout ?? ''}${run.stderr ?? ''}${run.error ? String(run.error) : ''}`.trim()
    console.log(output.split('\n').map((line) => `    ${line}`).join('\n'))
  }
  return ok
}

const bin = (name) => `${ROOT}node_modules/.bin/${name}`
const built = check('build (npm run build)', 'npm', ['run', '--silent', 'build'])
check('publint --strict', bin('publint'), ['--strict'])
// attw packs with `npm pack`, whose `prepack` script would build dist/ a second time: the build
// above just made it (and when it failed, that is already a failure).
check('attw --pack --profile esm-only', bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'], built ? { npm_config_ignore_scripts: 'true' } : {})

console.log(`BUDGETS_JSON ${JSON.stringify(counts)}`)
process.exit(counts.failed === 0 ? 0 : 1)
