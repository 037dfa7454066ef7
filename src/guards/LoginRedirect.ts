import type { LoginReason } from './decideAccess.js'

/**
 * Thrown by {@link ensureSession} when the page needs a Kratos login flow first: `url` is Kratos's
 * login URL (with `aal=aal2`, `refresh=true` and `return_to` as needed). Never thrown for network
 * errors or 5xx: those are `OrySessionError`s and say nothing about the user.
 *
 * @example
 * ```ts
 * import { LoginRedirect } from 'ory-session-react'
 *
 * function leaveForKratos(error: unknown) {
 *   if (error instanceof LoginRedirect) window.location.replace(error.url)
 * }
 * ```
 */
export class LoginRedirect extends Error {
  override readonly name = 'LoginRedirect'
  /** Kratos's browser login URL to send the user to. */
  readonly url: string
  /** Why: signed out, second factor missing or required, or a login older than `maxAge`. */
  readonly reason: LoginReason

  constructor(url: string, reason: LoginReason) {
    super(`[ory-session-react] login required (${reason}): ${url}`)
    this.url = url
    this.reason = reason
  }
}
