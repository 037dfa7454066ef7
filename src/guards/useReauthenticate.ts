import type { LoginNavigationControls, LoginNavigationOptions } from './useLoginNavigation.js'
import { useLoginNavigation } from './useLoginNavigation.js'

/** Options of {@link useReauthenticate}. */
export interface ReauthenticateOptions {
  /**
   * Also ask for the second factor again (`refresh=true&aal=aal2`).
   * @default false
   */
  aal2?: boolean
}

/** What {@link useReauthenticate} returns. */
export interface ReauthenticateControls extends LoginNavigationControls {
  /** Leaves for Kratos's login flow with `refresh=true`, then comes back to `returnTo`. */
  reauthenticate: (options?: LoginNavigationOptions) => void
}

/**
 * Re-authentication on demand ("re-enter your password before deleting the account"): Kratos's
 * login flow with `refresh=true` moves `authenticated_at`, so privileged actions pass afterwards.
 * Pair it with `usePrivilegedSession` to ask *before* the user fills in a form.
 *
 * @example
 * ```tsx
 * import { usePrivilegedSession, useReauthenticate } from 'ory-session-react'
 *
 * function DeleteAccount() {
 *   const { isPrivileged } = usePrivilegedSession({ maxAge: 15 * 60 })
 *   const { reauthenticate } = useReauthenticate()
 *   if (!isPrivileged) return <button onClick={() => reauthenticate()}>Re-enter your password to continue</button>
 *   return <button>Delete my account</button>
 * }
 * ```
 */
export function useReauthenticate({ aal2 }: ReauthenticateOptions = {}): ReauthenticateControls {
  const { start, error } = useLoginNavigation('useReauthenticate', { refresh: true, aal: aal2 ? 'aal2' : undefined })
  return { reauthenticate: start, error }
}
