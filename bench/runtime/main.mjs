// Runs the request and render benches (bench/runtime/scenarios.jsx) in plain Node with jsdom, and
// prints their results as one JSON line `RUNTIME_JSON {...}` for bench/run.mjs.
//   node bench/runtime/main.mjs
import { build } from 'esbuild'
import { readdirSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { BENCH, ROOT } from '../lib/size.mjs'
import { installDom } from './dom.mjs'

/**
 * Bare imports are resolved from the repository root first (one React, the SDK's own react-query,
 * MSW, Testing Library) and left to Node by absolute URL; bench/node_modules only serves what the
 * root does not have (the fake clock).
 */
const rootFirst = {
  name: 'root-first',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, async ({ path, kind, pluginData }) => {
      if (pluginData === 'root-first') return undefined
      for (const resolveDir of [ROOT, BENCH]) {
        const found = await builder.resolve(path, { kind, resolveDir, pluginData: 'root-first' })
        if (found.errors.length > 0) continue
        return found.external ? { path, external: true } : { path: pathToFileURL(found.path).href, external: true }
      }
      return { errors: [{ text: `cannot resolve "${path}" from the repository root or bench/` }] }
    })
  },
}

/** Whether src/ has cross-tab sync (a BroadcastChannel) at the time of the run. */
function hasTabSync() {
  return readdirSync(`${ROOT}src`, { recursive: true, withFileTypes: true }).some(
    (entry) => entry.isFile() && /BroadcastChannel/.test(readFileSync(`${entry.parentPath ?? entry.path}/${entry.name}`, 'utf8')),
  )
}

const outfile = `${BENCH}/.out/scenarios.mjs`
await build({
  entryPoints: [`${BENCH}/runtime/scenarios.jsx`],
  outfile,
  bundle: true,
  format: 'esm',
  platform: 'node',
  // What Node itself would pick (no bundler-only "module" condition).
  conditions: ['node'],
  mainFields: ['main'],
  jsx: 'automatic',
  logLevel: 'warning',
  plugins: [rootFirst],
})

installDom()
const { runAll } = await import(pathToFileURL(outfile).href)
const results = await runAll({ tabSync: hasTabSync() })
console.log(`RUNTIME_JSON ${JSON.stringify(results)}`)
