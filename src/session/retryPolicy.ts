import type { OrySessionError } from '../kratos/errors.js'

/** How many times a transient whoami failure is retried by default. */
export const DEFAULT_RETRIES = 3
const MAX_DELAY_MS = 30_000
const OUTAGE_POLL_BASE_MS = 5_000
const OUTAGE_POLL_MAX_MS = 60_000

// Errors of polls made while the error is already showing. A WeakSet, because react-query's retry
// callback sees only the error, and the error must not carry this in its public shape.
const recoveryPollFailures = new WeakSet<object>()

/** Marks an error as coming from a recovery poll, which is never retried. */
export function markAsRecoveryPoll(error: unknown): void {
  if (typeof error === 'object' && error !== null) recoveryPollFailures.add(error)
}

/**
 * Retries only what may heal by itself (network, timeout, 5xx, 429); a malformed answer or a 4xx
 * will not change by asking again. 401/403 never get here: they are answers, not errors.
 */
export function shouldRetry(failureCount: number, error: OrySessionError, maxRetries: number): boolean {
  if (failureCount >= maxRetries || recoveryPollFailures.has(error)) return false
  if (error.kind === 'network' || error.kind === 'timeout' || error.kind === 'rate_limited') return true
  return error.kind === 'http' && (error.status ?? 0) >= 500
}

/**
 * Whether a failure before the first answer is shown now rather than after one more try: the
 * person already waited (a timeout), or the next try is over a second away (from the second
 * failure on, or by `Retry-After`). A single dropped connection gets its quick retry first.
 * `failureCount` counts the failures before this one, as react-query's `retry` callback does.
 */
export function showsAtOnce(failureCount: number, error: OrySessionError): boolean {
  return error.kind === 'timeout' || retryDelay(failureCount, error) > 1000
}

/** Exponential backoff (1 s, 2 s, 4 s …), or exactly what Kratos asked for with `Retry-After`. */
export function retryDelay(failureCount: number, error: OrySessionError): number {
  if (error.retryAfterMs !== undefined) return Math.min(error.retryAfterMs, 10 * MAX_DELAY_MS)
  return Math.min(1000 * 2 ** failureCount, MAX_DELAY_MS)
}

/**
 * While whoami is failing, ask again now and then (5 s, 10 s, 20 s … up to 60 s) so the page
 * recovers on its own when Kratos is back, without hammering it during an outage.
 */
export function outagePollInterval(errorUpdateCount: number, error: OrySessionError | null): number | false {
  if (!error) return false
  const backoff = Math.min(OUTAGE_POLL_BASE_MS * 2 ** Math.max(0, errorUpdateCount - 1), OUTAGE_POLL_MAX_MS)
  return Math.max(backoff, error.retryAfterMs ?? 0)
}
