// The demo's session-to-JWT template (`tokenize_as=demo-api`). Kratos signs the JWT with a private
// JWK; the key is generated on this machine the first time and kept in the cache directory, never in
// the repository, and handed to Kratos as an extra config file (Kratos merges repeated `-c` files).
//
// Every Kratos on this machine (the demo's, the e2e suite's, each conformance slot's) reads these two
// files and watches the overlay. A running Kratos rereads a changed overlay, and one still starting
// panics on a half-written one ("the config provider did not initialise correctly in time": seen in
// CI when one conformance shard restarted Kratos while the other's was starting). So the files are
// written only when missing or different, and never in place: a temporary file is renamed (or linked)
// over, so a reader sees the old file or the new one, never an empty one.
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { existsSync, linkSync, mkdirSync, readFileSync, renameSync, unlinkSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const TOKEN_TEMPLATE = 'demo-api'

const temporary = (path) => `${path}.${process.pid}.${randomUUID()}.tmp`

/** Creates `path` with `content` unless it exists; two processes racing keep the first one's. */
function createOnce(path, content, mode) {
  if (existsSync(path)) return
  const temp = temporary(path)
  writeFileSync(temp, content, { mode })
  try {
    linkSync(temp, path)
  } catch (error) {
    if (error.code !== 'EEXIST') throw error
  } finally {
    unlinkSync(temp)
  }
}

/** Puts `content` at `path` unless it is there already, replacing the old file in one step. */
function replaceIfChanged(path, content) {
  if (existsSync(path) && readFileSync(path, 'utf8') === content) return
  const temp = temporary(path)
  writeFileSync(temp, content)
  renameSync(temp, path)
}

/** Writes (once) the signing key and the config overlay into `cacheDir`; returns the overlay's path. */
export function ensureTokenizerConfig(cacheDir) {
  mkdirSync(cacheDir, { recursive: true })
  const jwks = join(cacheDir, 'tokenizer-jwks.json')
  if (!existsSync(jwks)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const key = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'ES256', use: 'sig' }
    createOnce(jwks, JSON.stringify({ keys: [key] }), 0o600)
  }
  const overlay = join(cacheDir, 'tokenizer.yml')
  replaceIfChanged(
    overlay,
    ['session:', '  whoami:', '    tokenizer:', '      templates:', `        ${TOKEN_TEMPLATE}:`, '          ttl: 1m', `          jwks_url: file://${jwks}`, ''].join('\n'),
  )
  return overlay
}
