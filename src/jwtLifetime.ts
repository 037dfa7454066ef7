import { OrySessionError } from './errors.js'

/** When a JWT expires and when to fetch the next one, in epoch milliseconds. */
export interface JwtLifetime {
  expiresAt: number
  refreshAt: number
}

const MIN_MARGIN_MS = 5_000

/**
 * Reads `exp` (and `iat`) from a JWT's payload. The signature is not checked, on purpose: the SDK
 * only schedules the next fetch; the app's API verifies the token against Kratos's JWKS. The next
 * token is fetched 10% of the lifetime (at least 5 s) before `exp`.
 */
export function jwtLifetime(jwt: string): JwtLifetime {
  const payload = jwt.split('.')[1]
  let claims: { exp?: unknown; iat?: unknown } | undefined
  try {
    claims = payload ? (JSON.parse(atob(payload.replace(/-/g, '+').replace(/_/g, '/'))) as typeof claims) : undefined
  } catch {
    claims = undefined
  }
  if (typeof claims?.exp !== 'number') {
    throw new OrySessionError('invalid_response', 'whoami returned a `tokenized` value that is not a JWT with an `exp` claim.')
  }
  const expiresAt = claims.exp * 1000
  const issuedAt = typeof claims.iat === 'number' ? claims.iat * 1000 : expiresAt - 60_000
  return { expiresAt, refreshAt: expiresAt - Math.max(MIN_MARGIN_MS, (expiresAt - issuedAt) / 10) }
}
