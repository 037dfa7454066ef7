// The demo's session-to-JWT template (`tokenize_as=demo-api`). Kratos signs the JWT with a private
// JWK; the key is generated on this machine the first time and kept in the cache directory, never in
// the repository, and handed to Kratos as an extra config file (Kratos merges repeated `-c` files).
import { generateKeyPairSync, randomUUID } from 'node:crypto'
import { existsSync, mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const TOKEN_TEMPLATE = 'demo-api'

/** Writes (once) the signing key and the config overlay into `cacheDir`; returns the overlay's path. */
export function ensureTokenizerConfig(cacheDir) {
  mkdirSync(cacheDir, { recursive: true })
  const jwks = join(cacheDir, 'tokenizer-jwks.json')
  if (!existsSync(jwks)) {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' })
    const key = { ...privateKey.export({ format: 'jwk' }), kid: randomUUID(), alg: 'ES256', use: 'sig' }
    writeFileSync(jwks, JSON.stringify({ keys: [key] }), { mode: 0o600 })
  }
  const overlay = join(cacheDir, 'tokenizer.yml')
  writeFileSync(
    overlay,
    ['session:', '  whoami:', '    tokenizer:', '      templates:', `        ${TOKEN_TEMPLATE}:`, '          ttl: 1m', `          jwks_url: file://${jwks}`, ''].join('\n'),
  )
  return overlay
}
