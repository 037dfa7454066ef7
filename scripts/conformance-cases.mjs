#!/usr/bin/env node
// Counts the cases of Kratos's own e2e suite that issue 21 ports: per spec file (path under the
// module's test/e2e), the cases that run for Ory's React app, so docs/conformance.md is not
// hand-counted. `node scripts/conformance-cases.mjs` prints `path<TAB>cases`, one file a line, then
// `N files, M cases` (only that line with --summary: npm test's stage reads it).
//
// Which files: Cypress profile specs with an `app: "react"` variant (mfa/code.spec.ts's is commented
// out by Ory and still counts: issue 21 asks for it), every Cypress mobile spec, and the
// Playwright identifier-first and mobile specs. Which cases: every `it(`/`test(` call outside
// comments, minus those under an `if (app === "express")` / `app !== "react"` guard's block or in
// a `describe("…express…")` block, and those that begin `if (app === "react") { return }`.
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

export const KRATOS_MODULE = 'github.com/ory/kratos@v1.3.1'

/** The module's test/e2e, or undefined when Go or the module is missing. */
export function kratosE2eDir() {
  try {
    const cache = execFileSync('go', ['env', 'GOMODCACHE'], { encoding: 'utf8' }).trim()
    const dir = join(cache, KRATOS_MODULE, 'test', 'e2e')
    return existsSync(join(dir, 'cypress')) ? dir : undefined
  } catch {
    return undefined
  }
}

function specs(dir) {
  if (!existsSync(dir)) return []
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? specs(join(dir, entry.name)) : entry.name.endsWith('.spec.ts') ? [join(dir, entry.name)] : [],
  )
}

const withoutComments = (source) => source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '')

/** The block (balanced braces) that starts at the first `{` at or after `from`. */
function blockEnd(source, from) {
  let depth = 0
  for (let i = source.indexOf('{', from); i < source.length; i++) {
    if (source[i] === '{') depth++
    else if (source[i] === '}' && --depth === 0) return i
  }
  return source.length
}

/** Cases in `source` that run for the React app (or all, for specs without app variants). */
export function reactCases(source) {
  const code = withoutComments(source)
  const skipped = []
  for (const guard of code.matchAll(/if \(\s*app (===? "express"|!==? "react")\s*\)/g)) skipped.push([guard.index, blockEnd(code, guard.index)])
  // A describe only for the express app ("for app express handle return_to…", "redirect for express app").
  for (const guard of code.matchAll(/describe\(\s*["'`][^"'`]*\bexpress\b[^"'`]*["'`]/g)) skipped.push([guard.index, blockEnd(code, guard.index)])
  // A case that starts with `if (app === "react") { return }` runs for express only.
  const reactReturns = (index) => /^[^{]*\{\s*if \(\s*app (=== "react"|!== "express")\s*\)\s*\{?\s*return\b/.test(code.slice(index, index + 400))
  return [...code.matchAll(/(?<![\w.])(it|test)(\.(only|skip))?\(/g)].filter(({ index }) => !skipped.some(([a, b]) => index > a && index < b) && !reactReturns(index)).length
}

/** `[{ path, cases }]` for the 61 files, path relative to test/e2e. */
export function conformanceCases(e2eDir) {
  const cypress = specs(join(e2eDir, 'cypress', 'integration', 'profiles')).filter((file) => {
    const source = readFileSync(file, 'utf8')
    return file.includes('/profiles/mobile/') || /app: "react"/.test(source)
  })
  const playwright = [...specs(join(e2eDir, 'playwright', 'tests', 'desktop', 'identifier_first')), ...specs(join(e2eDir, 'playwright', 'tests', 'mobile'))]
  return [...cypress, ...playwright]
    .map((file) => {
      const path = relative(e2eDir, file).replace(/^cypress\/integration\//, '')
      const source = readFileSync(file, 'utf8')
      // mfa/code.spec.ts: Ory commented out the whole React variant; its express cases are the cases.
      const cases = /\/\/\s*app: "react"/.test(source) && !/^\s*app: "react"/m.test(source) ? reactCases(source.replace(/if \(\s*app === "express"\s*\)/g, 'if (true)')) : reactCases(source)
      return { path, cases }
    })
    .sort((a, b) => a.path.localeCompare(b.path))
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = kratosE2eDir()
  if (!dir) {
    console.error(`✗ ${KRATOS_MODULE} is not in the Go module cache (go mod download in demo/kratos)`)
    process.exit(1)
  }
  const rows = conformanceCases(dir)
  if (!process.argv.includes('--summary')) for (const { path, cases } of rows) console.log(`${path}\t${cases}`)
  console.log(`${rows.length} files, ${rows.reduce((sum, row) => sum + row.cases, 0)} cases`)
}
