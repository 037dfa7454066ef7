import { useNow } from './useNow.js'
import { useSession } from './useSession.js'

/** What {@link useSessionExpiry} returns. */
export interface SessionExpiry {
  /** When the session ends (`expires_at`), or `null` when nobody is signed in. */
  expiresAt: Date | null
  /** Milliseconds left, never below 0, or `null` when nobody is signed in. */
  expiresIn: number | null
}

/**
 * The time left in the current session, ticking every `intervalMs`. At `expires_at` the provider
 * turns the session `unauthenticated` by itself; this hook is for showing the countdown.
 *
 * @example
 * ```tsx
 * import { useSessionExpiry } from 'ory-session-react'
 *
 * function ExpiryNotice() {
 *   const { expiresIn } = useSessionExpiry()
 *   return expiresIn !== null && expiresIn < 5 * 60_000 ? <p>Your session ends in {Math.ceil(expiresIn / 60_000)} min.</p> : null
 * }
 * ```
 */
export function useSessionExpiry({ intervalMs = 1000 }: { intervalMs?: number } = {}): SessionExpiry {
  const { session } = useSession()
  const at = session?.expires_at ? Date.parse(session.expires_at) : Number.NaN
  const known = !Number.isNaN(at)
  const now = useNow(intervalMs, known)
  if (!known) return { expiresAt: null, expiresIn: null }
  return { expiresAt: new Date(at), expiresIn: Math.max(0, at - now) }
}
