// One bundle-size method for every row of the size table and for the budgets:
// esbuild (bundle, minify, ESM, production), resolved the way Vite resolves for the browser,
// with react / react-dom / react/jsx-runtime external, then gzip -9 and brotli -q 11.
import { build } from 'esbuild'
import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

export const ROOT = fileURLToPath(new URL('../..', import.meta.url))
export const BENCH = `${ROOT}bench`
export const ENTRIES = `${BENCH}/entries`

/** Always external: the app's React. */
export const REACT = ['react', 'react-dom', 'react/*', 'react-dom/*']
/** "SDK alone": the SDK's runtime peer and its types-only peer are external too. */
export const SDK_PEERS = ['@tanstack/react-query', '@tanstack/react-query/*', '@ory/client', '@ory/client/*']

/**
 * Bundles `entry` (a file in bench/entries/ or a path under src/) and returns its minified, gzip and brotli sizes in
 * bytes, the packages that ended up in the bundle and the bytes of each of the repository's files.
 * `edits` ([file, from, to] text replacements in the repository's files, applied while bundling,
 * never on disk) measure what a feature costs by bundling without it; an edit whose `from` is no
 * longer in the file fails the measurement.
 */
export async function measure(entry, { external = [], edits = [] } = {}) {
  const result = await build({
    entryPoints: [entryPath(entry)],
    absWorkingDir: ROOT,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    metafile: true,
    logLevel: 'silent',
    define: { 'process.env.NODE_ENV': '"production"' },
    external: [...REACT, ...external],
    conditions: ['module', 'browser', 'import', 'default'],
    mainFields: ['browser', 'module', 'main'],
    resolveExtensions: ['.mjs', '.js', '.mts', '.ts', '.jsx', '.tsx', '.json'],
    jsx: 'automatic',
    plugins: edits.length ? [editsPlugin(edits)] : [],
  })
  const code = result.outputFiles[0].contents
  const inputs = Object.values(result.metafile.outputs).flatMap((output) =>
    Object.entries(output.inputs).map(([file, { bytesInOutput }]) => [file, bytesInOutput]),
  )
  return {
    min: code.byteLength,
    gzip: gzipSync(code, { level: 9 }).byteLength,
    brotli: brotliCompressSync(code, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: 11,
        [constants.BROTLI_PARAM_SIZE_HINT]: code.byteLength,
      },
    }).byteLength,
    packages: bundledPackages(inputs),
    /** Minified bytes per source file of the repository (not node_modules), largest first. */
    files: inputs.filter(([file, bytes]) => bytes > 0 && !file.includes('node_modules/')).sort((a, b) => b[1] - a[1]),
  }
}

/** `entry`: a file in bench/entries/, or a path under src/ (an entry of the package itself). */
function entryPath(entry) {
  return entry.startsWith('src/') ? `${ROOT}${entry}` : `${ENTRIES}/${entry}`
}

/** An esbuild plugin that applies `edits` to the files it loads from the repository. */
function editsPlugin(edits) {
  const files = [...new Set(edits.map(([file]) => file))]
  return {
    name: 'edits',
    setup(build) {
      for (const file of files) {
        const path = `${ROOT}${file}`
        build.onLoad({ filter: new RegExp(`${path.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }, async () => {
          let contents = await readFile(path, 'utf8')
          for (const [, from, to] of edits.filter(([name]) => name === file)) {
            if (!contents.includes(from)) throw new Error(`edit no longer matches ${file}: ${from.slice(0, 60)}`)
            contents = contents.replace(from, to)
          }
          return { contents, loader: file.endsWith('x') ? 'tsx' : 'ts' }
        })
      }
    },
  }
}

/** Every node_modules package that has at least one byte in the output. */
function bundledPackages(inputs) {
  const names = new Set()
  for (const [input, bytes] of inputs) {
    const match = bytes > 0 && input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/g)
    if (match) names.add(match.at(-1).slice('node_modules/'.length))
  }
  return [...names].sort()
}

/** The first line of an esbuild (or any) error, for a table cell. */
export function reason(error) {
  const first = error?.errors?.[0]
  if (first) return `${first.text}${first.location ? ` (${first.location.file})` : ''}`
  return String(error?.message ?? error).split('\n')[0]
}

/** Formats a table: header row, aligned columns; numbers right-aligned. */
export function table(headers, rows) {
  const cells = [headers, ...rows].map((row) => row.map((cell) => String(cell ?? '')))
  const widths = headers.map((_, i) => Math.max(...cells.map((row) => (row[i] ?? '').length)))
  const right = headers.map((_, i) => rows.length > 0 && rows.every((row) => typeof row[i] === 'number' || /^[\d.,+−×%-]+( B)?$|^—$/.test(String(row[i] ?? ''))))
  const line = (row) =>
    `| ${row.map((cell, i) => (right[i] ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`
  const rule = `|${widths.map((w, i) => (right[i] ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`
  return [line(cells[0]), rule, ...cells.slice(1).map(line)].join('\n')
}
