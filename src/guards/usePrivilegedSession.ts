import { authenticatedAt } from './decideAccess.js'
import { useNow } from '../session/useNow.js'
import { useSession } from '../session/useSession.js'

/** Options of {@link usePrivilegedSession}. */
export interface PrivilegedSessionOptions {
  /**
   * How long after authenticating the session may do privileged things, in seconds: Kratos's
   * `selfservice.flows.settings.privileged_session_max_age` (Kratos does not report it).
   */
  maxAge: number
  /** Judge the second factor's `completed_at` instead of `authenticated_at`. */
  aal?: 'aal1' | 'aal2'
  /** @default 1000 */
  intervalMs?: number
}

/** What {@link usePrivilegedSession} returns. */
export interface PrivilegedSession {
  /** Whether a privileged action (settings) would be accepted now without re-authenticating. */
  isPrivileged: boolean
  /** Milliseconds until it stops being privileged (0 when it is not), `null` when signed out. */
  expiresIn: number | null
}

/**
 * Whether the session is fresh enough for privileged actions, so a settings form can ask for
 * re-authentication *before* the user types, instead of after Kratos's 403
 * `session_refresh_required`.
 *
 * @example
 * ```tsx
 * import { usePrivilegedSession } from 'ory-session-react'
 *
 * function ChangePassword() {
 *   const { isPrivileged } = usePrivilegedSession({ maxAge: 15 * 60 })
 *   return isPrivileged ? <form>…</form> : <p>Please sign in again to change your password.</p>
 * }
 * ```
 */
export function usePrivilegedSession({ maxAge, aal, intervalMs = 1000 }: PrivilegedSessionOptions): PrivilegedSession {
  const { session } = useSession()
  const since = session ? authenticatedAt(session, aal === 'aal2') : Number.NaN
  const known = session !== null
  const now = useNow(intervalMs, known)
  if (!known) return { isPrivileged: false, expiresIn: null }
  const left = Number.isNaN(since) ? 0 : Math.max(0, since + maxAge * 1000 - now)
  return { isPrivileged: left > 0, expiresIn: left }
}
