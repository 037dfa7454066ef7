import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSessionContext } from './SessionContext'
import { toSessionState, type SessionState } from './sessionState'

/**
 * Who is signed in, at which assurance level. One whoami request serves every caller on the page.
 *
 * `status` is `'loading'` until Kratos first answers, then `'authenticated'`, `'unauthenticated'`,
 * `'aal2_required'` (signed in, second factor needed) or `'error'` (Kratos could not be asked and
 * nothing is known yet). A failed refetch keeps the last answer and sets `error`.
 *
 * @example
 * ```tsx
 * import { useSession } from 'ory-session-react'
 *
 * function Greeting() {
 *   const { status, identity } = useSession()
 *   if (status === 'loading') return <p>Loading…</p>
 *   return <p>{identity ? `Hello ${String(identity.traits.email)}` : 'Hello stranger'}</p>
 * }
 * ```
 */
export function useSession(): SessionState {
  const { queryClient, sessionQuery, refetch } = useSessionContext('useSession')
  // Only data and error are read, so react-query re-renders callers only when one of them changes
  // (structural sharing keeps an identical refetched session the same object).
  const { data, error } = useQuery(sessionQuery, queryClient)
  return useMemo(() => toSessionState(data, error, refetch), [data, error, refetch])
}
