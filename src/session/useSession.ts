import { useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import type { SessionAnswer } from './interpretWhoami.js'
import { useSessionContext } from './SessionContext.js'
import { shownError } from './shownError.js'
import { toSessionState, type SessionState } from './sessionState.js'

/** Options of {@link useSession}'s selector form. */
export interface UseSessionSelectOptions<Selected> {
  /**
   * Picks what the component needs from the session state; the component re-renders only when the
   * picked value changes (compared structurally). It sees Kratos's last answer: a failed refetch
   * that keeps the session does not re-run it (read `error` with the plain form).
   */
  select: (state: SessionState) => Selected
}

/**
 * Who is signed in, at which assurance level. One whoami request serves every caller on the page.
 *
 * `status` is `'loading'` until Kratos first answers, then `'authenticated'`, `'unauthenticated'`,
 * `'aal2_required'` (signed in, second factor needed) or `'error'` (Kratos could not be asked and
 * nothing is known yet: shown after a timed-out request or the second failure, and kept while the
 * SDK retries until Kratos answers). A failed refetch keeps the last answer and sets `error`.
 *
 * With `{ select }`, returns only what the selector picks, and re-renders only when that changes.
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
 *
 * function Email() {
 *   // Does not re-render when only expires_at or authenticated_at change.
 *   const email = useSession({ select: (s) => (s.identity ? String(s.identity.traits.email) : null) })
 *   return <span>{email}</span>
 * }
 * ```
 */
export function useSession(): SessionState
export function useSession<Selected>(options: UseSessionSelectOptions<Selected>): Selected
export function useSession<Selected>(options?: UseSessionSelectOptions<Selected>): SessionState | Selected {
  const { queryClient, sessionQuery, refetch } = useSessionContext('useSession')
  const select = options?.select
  const selectAnswer = useCallback(
    (answer: SessionAnswer) => (select ? select(toSessionState(answer, null, refetch)) : answer),
    [select, refetch],
  )
  // Only data (and error while nothing is known) is read, so react-query re-renders callers only
  // when those change; structural sharing keeps an identical refetched answer the same object.
  const result = useQuery({ ...sessionQuery, select: selectAnswer }, queryClient)
  const { data } = result
  // Before the first answer, the error shows as soon as it is worth showing and stays until Kratos
  // answers (see shownError); after it, a failed refetch only sets `error` beside the answer.
  const error = data === undefined ? shownError(result, queryClient, sessionQuery.queryKey) : select ? null : result.error
  return useMemo(() => {
    if (!select) return toSessionState(data as SessionAnswer | undefined, error, refetch)
    return data === undefined ? select(toSessionState(undefined, error, refetch)) : (data as Selected)
  }, [data, error, refetch, select])
}
