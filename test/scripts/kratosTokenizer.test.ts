import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
// @ts-expect-error plain JavaScript script without type declarations
import { ensureTokenizerConfig } from '../../scripts/kratosTokenizer.mjs'

const dirs: string[] = []
function cacheDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tokenizer-'))
  dirs.push(dir)
  return dir
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const longAgo = new Date('2020-01-01T00:00:00Z')

describe('ensureTokenizerConfig (the JWT overlay every Kratos on the machine reads and watches)', () => {
  it('writes a signing key and an overlay naming it', () => {
    const dir = cacheDir()
    const overlay = ensureTokenizerConfig(dir) as string
    const keys = JSON.parse(readFileSync(join(dir, 'tokenizer-jwks.json'), 'utf8')) as { keys: { alg: string; d?: string }[] }
    expect(keys.keys[0]).toMatchObject({ alg: 'ES256' })
    expect(keys.keys[0]?.d).toBeTruthy()
    expect(readFileSync(overlay, 'utf8')).toContain(`jwks_url: file://${join(dir, 'tokenizer-jwks.json')}`)
    expect(statSync(join(dir, 'tokenizer-jwks.json')).mode & 0o777).toBe(0o600)
  })

  it('leaves both files untouched when another Kratos starts, so a running Kratos sees no config change', () => {
    const dir = cacheDir()
    const overlay = ensureTokenizerConfig(dir) as string
    const key = readFileSync(join(dir, 'tokenizer-jwks.json'), 'utf8')
    utimesSync(overlay, longAgo, longAgo)
    ensureTokenizerConfig(dir)
    expect(statSync(overlay).mtime).toEqual(longAgo)
    expect(readFileSync(join(dir, 'tokenizer-jwks.json'), 'utf8')).toBe(key)
    expect(readdirSync(dir).sort()).toEqual(['tokenizer-jwks.json', 'tokenizer.yml'])
  })

  it('replaces an overlay that differs with a new file, not by rewriting the old one in place', () => {
    const dir = cacheDir()
    const overlay = ensureTokenizerConfig(dir) as string
    writeFileSync(overlay, 'session: {}\n')
    const before = statSync(overlay).ino
    ensureTokenizerConfig(dir)
    expect(readFileSync(overlay, 'utf8')).toContain('demo-api')
    expect(statSync(overlay).ino).not.toBe(before)
  })
})
