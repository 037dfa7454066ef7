// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const root = fileURLToPath(new URL('../../', import.meta.url))
const readme = readFileSync(`${root}README.md`, 'utf8')
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { exports: Record<string, string | { default: string }> }

/** Every entry of the package (package.json `exports`), as its source file: ./dist/x.js → src/x.ts(x). */
function entrySources(): [string, string][] {
  return Object.entries(pkg.exports).flatMap(([subpath, target]) => {
    const file = typeof target === 'string' ? target : target.default
    if (!file.startsWith('./dist/')) return []
    const base = `${root}src/${file.slice('./dist/'.length).replace(/\.js$/, '')}`
    const source = [`${base}.ts`, `${base}.tsx`].find((candidate) => existsSync(candidate))
    return source ? [[`ory-session-react${subpath.slice(1)}`, source]] : []
  })
}

/**
 * The names an entry file exports (values and types), read from its syntax: entries list their
 * public API by name (`export { A } from`, `export type { B } from`, `export const C`). An
 * `export * from` would hide the names, so it fails the test instead of passing it.
 */
function exportsOf(source: string): string[] {
  const file = ts.createSourceFile(source, readFileSync(source, 'utf8'), ts.ScriptTarget.Latest, false, source.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS)
  return file.statements.flatMap((statement): string[] => {
    if (ts.isExportDeclaration(statement)) {
      if (!statement.exportClause) throw new Error(`${source}: \`export *\` hides the entry's names; list them`)
      return ts.isNamedExports(statement.exportClause) ? statement.exportClause.elements.map((e) => e.name.text) : [statement.exportClause.name.text]
    }
    const exported = ts.canHaveModifiers(statement) && ts.getModifiers(statement)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword)
    if (!exported) return []
    if (ts.isVariableStatement(statement)) return statement.declarationList.declarations.flatMap((d) => (ts.isIdentifier(d.name) ? [d.name.text] : []))
    const name = (statement as ts.DeclarationStatement).name
    return name && ts.isIdentifier(name) ? [name.text] : []
  })
}

/** The text of a `## Heading` section, up to the next heading of the same or a higher level (or `stop`). */
function section(heading: string, stop = /^## /m): string {
  const start = readme.indexOf(`\n${heading}\n`)
  if (start < 0) return ''
  const rest = readme.slice(start + heading.length + 2)
  const end = rest.search(stop)
  return end < 0 ? rest : rest.slice(0, end)
}

/** Identifiers that appear inside `code spans` of `text`. */
function namesInCode(text: string): Set<string> {
  const spans = text.match(/`[^`\n]+`/g) ?? []
  return new Set(spans.flatMap((span) => span.match(/[A-Za-z_$][\w$]*/g) ?? []))
}

describe('README', () => {
  const api = section('## API', /^### |^## /m)

  it('documents every export of every entry in its API tables (in code spans, not only in examples)', () => {
    const entries = entrySources()
    // The entries the package has today; a new one in package.json is checked the same way.
    expect(entries.map(([name]) => name)).toEqual(expect.arrayContaining(['ory-session-react', 'ory-session-react/devtools', 'ory-session-react/testing', 'ory-session-react/testing/msw']))
    const documented = namesInCode(api)
    const missing = entries.flatMap(([name, source]) => exportsOf(source).filter((n) => !documented.has(n)).map((n) => `${name}: ${n}`))
    expect(exportsOf(entries[0]![1]).length).toBeGreaterThan(60)
    expect(missing).toEqual([])
  })

  it('installs every required peer but React (bench/check-pack.mjs installs exactly this line in its scratch app)', () => {
    const install = section('## Install').split('\n').find((line) => line.startsWith('npm install '))
    const { peerDependencies, peerDependenciesMeta } = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
      peerDependencies: Record<string, string>
      peerDependenciesMeta: Record<string, { optional?: boolean }>
    }
    const required = Object.keys(peerDependencies).filter((name) => name !== 'react' && !peerDependenciesMeta[name]?.optional)
    expect(required).toContain('@ory/client')
    expect(install?.split(/\s+/).slice(2).sort()).toEqual(['ory-session-react', ...required].sort())
  })

  it('says how to run the tests without the browser stage', () => {
    expect(section('## Tests')).toContain('npm test -- --skip-e2e')
  })
})
