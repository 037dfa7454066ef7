import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript script without type declarations
import { conformanceCases, kratosE2eDir } from '../../scripts/conformance-cases.mjs'

// vitest runs from the repository's root (jsdom gives import.meta.url an http: scheme).
const root = process.cwd()
const doc = readFileSync(join(root, 'docs/conformance.md'), 'utf8')

/** docs/conformance.md's table: path → [cases in the original, ported, passing]. */
const rows = new Map(
  [...doc.matchAll(/^\| `([^`]+)` \| (\d+) \| (\d+) \| (\d+) \|/gm)].map(([, path, cases, ported, passing]) => [path as string, [Number(cases), Number(ported), Number(passing)]] as const),
)

/** Cases in a port (every `test(`, `test.fixme(`, `test.skip(` call). */
function portedCases(path: string): number {
  const file = join(root, 'test/conformance', path)
  if (!existsSync(file)) return 0
  return [...readFileSync(file, 'utf8').matchAll(/(?<![\w.])test(\.(fixme|skip|fail))?\(/g)].length
}

describe('docs/conformance.md', () => {
  it('counts, for each spec file, the cases its port has, and never more passing than ported', () => {
    expect(rows.size).toBeGreaterThan(0)
    for (const [path, [cases, ported, passing]] of rows) {
      expect({ path, ported }).toEqual({ path, ported: portedCases(path) })
      expect(passing).toBeLessThanOrEqual(ported)
      expect(ported).toBeLessThanOrEqual(cases)
    }
  })

  const e2eDir = kratosE2eDir() as string | undefined
  it.skipIf(!e2eDir)('has one row per spec file of the Kratos module, with its react-variant case count', () => {
    const counted = (conformanceCases(e2eDir) as { path: string; cases: number }[]).map(({ path, cases }) => [path, cases])
    expect([...rows].map(([path, [cases]]) => [path, cases])).toEqual(counted)
  })
})
