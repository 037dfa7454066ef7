import { useSuspenseQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { useSessionContext } from './SessionContext.js'
import { withoutRetriesBeforeFirstAnswer } from './sessionQueryOptions.js'
import { toSessionState, type SessionState } from './sessionState.js'

/** The states {@link useSuspenseSession} can return: everything but `'loading'`. */
export type SettledSessionState = Exclude<SessionState, { status: 'loading' }>

/**
 * {@link useSession} for apps that use Suspense: suspends until Kratos's first answer, so the
 * state is never `'loading'`. When Kratos cannot be asked at all, the error goes to the nearest
 * error boundary; once an answer is known, a failed refetch keeps it and sets `error`.
 *
 * @example
 * ```tsx
 * import { Suspense } from 'react'
 * import { useSuspenseSession } from 'ory-session-react'
 *
 * function Email() {
 *   const state = useSuspenseSession()
 *   return <span>{state.status === 'authenticated' ? String(state.identity?.traits.email) : 'signed out'}</span>
 * }
 *
 * export const Header = () => <Suspense fallback="…"><Email /></Suspense>
 * ```
 */
export function useSuspenseSession(): SettledSessionState {
  const { queryClient, sessionQuery, refetch } = useSessionContext('useSuspenseSession')
  // Suspense shows no page while it waits: the error reaches the boundary as soon as a page would show it.
  const { data, error } = useSuspenseQuery(withoutRetriesBeforeFirstAnswer(sessionQuery, queryClient), queryClient)
  return useMemo(() => toSessionState(data, error, refetch) as SettledSessionState, [data, error, refetch])
}
