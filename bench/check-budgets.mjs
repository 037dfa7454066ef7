#!/usr/bin/env node
// Size budgets and package checks, fast (no peers, no browser):
//   node bench/check-budgets.mjs
// Bundles the SDK's minimal and full entries exactly like `npm run bench`'s size table (esbuild,
// minified ESM, production, Vite's resolution, react external; brotli -q 11), checks each budget,
// then runs `npm run build`, `publint --strict` and `attw --pack --profile esm-only`.
// Prints one line per budget and check, then `BUDGETS_JSON {"passed":N,"failed":M}`; exits 1 on
// any failure.
import { spawnSync } from 'node:child_process'
import { measure, reason, ROOT, SDK_PEERS } from './lib/size.mjs'

/**
 * Brotli bytes. `limit` is enforced: today's size plus ~4 % headroom, so a change that grows the
 * bundle fails. `goal` is the product target (issue "Benchmarks against the peers"): printed, not
 * enforced, because the minimal path cannot reach it while it keeps the default features
 * (`npm run bench`, table 1c: without all of them the SDK alone is ~2.9 K; docs/performance.md).
 */
export const BUDGETS = [
  // Lowered from 5632 B when messages went dev-only and each Kratos call moved next to its user (4194 B).
  { name: 'SDK own code (minimal, react-query external)', entry: 'sdk-minimal.js', external: SDK_PEERS, limit: 4352, goal: 3072 },
  // Lowered from 14336 B (12800 B today).
  { name: 'SDK + react-query (minimal)', entry: 'sdk-minimal.js', external: [], limit: 13312, goal: 12288 },
  // Lowered from 19456 B (16653 B today).
  { name: 'full API + react-query', entry: 'sdk-full.js', external: [], limit: 17408 },
  // ory-session-react/flows alone (7423 B today): the five hooks, the renderer and the core they use.
  { name: 'flows entry (react-query external)', entry: 'sdk-flows.js', external: SDK_PEERS, limit: 7680 },
  // Token mode's minimal use (6023 B when added): provider + useSession + RequireAuth + tokenTransport
  // (with its API-flow handling for the flows hooks) + memoryStorage.
  { name: 'token mode, minimal (native entry, react-query external)', entry: 'sdk-native.js', external: SDK_PEERS, limit: 6272 },
]

const counts = { passed: 0, failed: 0 }
const record = (ok) => (ok ? counts.passed++ : counts.failed++)

for (const budget of BUDGETS) {
  try {
    const { brotli } = await measure(budget.entry, { external: budget.external })
    const ok = brotli <= budget.limit
    record(ok)
    console.log(`budget ${budget.name}: ${brotli} B ≤ ${budget.limit} B ${ok ? 'ok' : `FAIL (+${brotli - budget.limit} B)`}`)
    if (budget.goal !== undefined) {
      const gap = brotli - budget.goal
      console.log(`  goal ${budget.goal} B: ${gap > 0 ? `over by ${gap} B (not enforced)` : 'met'}`)
    }
  } catch (error) {
    record(false)
    console.log(`budget ${budget.name}: not built (${reason(error)}) ≤ ${budget.limit} B FAIL`)
  }
}

function check(name, command, args) {
  const started = Date.now()
  const run = spawnSync(command, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } })
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
check('build (npm run build)', 'npm', ['run', '--silent', 'build'])
check('publint --strict', bin('publint'), ['--strict'])
check('npm pack → install in a scratch app → server-render', 'node', ['bench/check-pack.mjs'])
check('attw --pack --profile esm-only', bin('attw'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped'])

console.log(`BUDGETS_JSON ${JSON.stringify(counts)}`)
process.exit(counts.failed === 0 ? 0 : 1)
