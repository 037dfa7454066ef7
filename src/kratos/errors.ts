/**
 * The JSON error envelope Kratos (via ory/herodot) writes, e.g. for a 403 `session_aal2_required`.
 * Every field is optional: a 401 from whoami has no `error.id`, a proxy may send something else.
 */
export interface KratosErrorBody {
  error?: {
    id?: string
    code?: number
    status?: string
    reason?: string
    message?: string
    details?: Record<string, unknown>
  }
  redirect_browser_to?: string
}

/**
 * What went wrong, as a closed set so that `switch (error.kind)` is exhaustive.
 *
 * - `network`: the request never got an answer (offline, DNS, connection refused, CORS refused).
 * - `timeout`: Kratos did not answer within `timeoutMs`.
 * - `rate_limited`: 429; `retryAfterMs` holds Kratos's `Retry-After` when it sent one.
 * - `http`: any other unexpected status (5xx, 400, a 403 that is not `session_aal2_required`).
 * - `invalid_response`: an answer that is not what Kratos sends (HTML, empty, not a session).
 * - `redirect_loop`: a guard would send the user to the same login URL they just came back from.
 * - `invalid_return_to`: a `returnTo` that would leave the app's origin (open redirect).
 * - `config`: the provider was set up wrongly (for example a relative `baseUrl`).
 * - `second_factor_missing`: the page or action needs aal2, but the identity has no second factor
 *   to step up with (Kratos's aal2 step would offer nothing): nothing navigated; send the user to
 *   set one up in the settings.
 * - `storage`: token mode only: the app's token storage failed to read, write or remove the token.
 */
export type OrySessionErrorKind =
  | 'network'
  | 'timeout'
  | 'rate_limited'
  | 'http'
  | 'invalid_response'
  | 'redirect_loop'
  | 'invalid_return_to'
  | 'config'
  | 'second_factor_missing'
  | 'storage'

/** Fields of an {@link OrySessionError} besides its kind and message. */
export interface OrySessionErrorDetails {
  /** HTTP status of Kratos's answer, when there was one. */
  status?: number | undefined
  /** Kratos's error id (`error.id`), e.g. `session_refresh_required`. */
  errorId?: string | undefined
  /** Kratos's error body, when it sent JSON. */
  body?: KratosErrorBody | undefined
  /** How long Kratos asked us to wait (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined
  /** The underlying error, e.g. fetch's `TypeError`. */
  cause?: unknown
}

/**
 * Every error this SDK reports. Narrow on `kind`; `status`, `errorId` and `body` carry what Kratos said.
 *
 * @example
 * ```tsx
 * import { OrySessionError, useSession } from 'ory-session-react'
 *
 * function Banner() {
 *   const { error } = useSession()
 *   if (error?.kind === 'network') return <p>Offline: we keep you signed in and retry.</p>
 *   return error instanceof OrySessionError ? <p>{error.message}</p> : null
 * }
 * ```
 */
export class OrySessionError extends Error {
  override readonly name = 'OrySessionError'
  // `declare`: set by the constructor only, so the bundle carries no empty field initialisers; a
  // detail that was not given is not set (it reads as `undefined` all the same).
  declare readonly kind: OrySessionErrorKind
  declare readonly status: number | undefined
  declare readonly errorId: string | undefined
  declare readonly body: KratosErrorBody | undefined
  declare readonly retryAfterMs: number | undefined

  constructor(kind: OrySessionErrorKind, message: string, details: OrySessionErrorDetails = {}) {
    // Error reads only `cause` from its options, and sets it only when the key is there.
    super(`[ory-session-react] ${message}`, details)
    this.kind = kind
    // The details that were given (`cause` too: the same value Error just set, still not enumerable).
    Object.assign(this, details)
  }
}

/**
 * Turns anything thrown into an {@link OrySessionError}: ours pass through, anything else is a
 * `network` error (fetch throws a bare `TypeError` for offline, DNS and CORS failures alike).
 *
 * @example
 * ```ts
 * import { normalizeError } from 'ory-session-react'
 *
 * const error = normalizeError(new TypeError('Failed to fetch'))
 * error.kind // 'network'
 * ```
 */
export function normalizeError(thrown: unknown): OrySessionError {
  if (thrown instanceof OrySessionError) return thrown
  const detail = `Kratos could not be reached (${thrown instanceof Error ? thrown.message : String(thrown)}).`
  return new OrySessionError(
    'network',
    process.env.NODE_ENV !== 'production'
      ? `${detail} Check that baseUrl is Kratos's public URL, that it is up, and that serve.public.cors allows this origin with credentials.`
      : detail,
    { cause: thrown },
  )
}
