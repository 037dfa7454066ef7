import { OrySessionError } from '../kratos/errors.js'

/** When a JWT expires and when to fetch the next one, in epoch milliseconds. */
export interface JwtLifetime {
  expiresAt: number
  refreshAt: number
}

const MIN_MARGIN_MS = 5_000

/**
 * Reads `exp` (and `iat`) from a JWT's payload. The signature is not checked, on purpose: the SDK
 * only schedules the next fetch; the app's API verifies the token against Kratos's JWKS. The next
 * token is fetched 10% of the lifetime (at least 5 s) before it expires.
 *
 * The times are on this browser's clock: the lifetime (`exp - iat`, both Kratos's clock) counts
 * from `receivedAt`. Comparing `exp` with `Date.now()` directly would break on a skewed clock: a
 * browser a minute ahead would see every fresh token as expired and ask whoami once a second.
 */
export function jwtLifetime(jwt: string, receivedAt = Date.now()): JwtLifetime {
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
  // Without `iat` (Kratos always sets it) only the local clock can tell the lifetime.
  const lifetime = typeof claims.iat === 'number' && claims.exp > claims.iat ? (claims.exp - claims.iat) * 1000 : claims.exp * 1000 - receivedAt
  const expiresAt = receivedAt + lifetime
  return { expiresAt, refreshAt: expiresAt - Math.max(MIN_MARGIN_MS, lifetime / 10) }
}
