import type { Session } from '@ory/client'
import { useQuery, type UseQueryResult } from '@tanstack/react-query'
import { useCallback } from 'react'
import type { OrySessionError } from '../kratos/errors.js'
import { fetchOtherSessions, type OtherSessions } from './fetchOtherSessions.js'
import { followAuthError } from '../guards/followAuthError.js'
import { useSessionContext } from '../session/SessionContext.js'
import { sessionsQueryKey } from './sessionsCache.js'
import { useSession } from '../session/useSession.js'

/** A session of the signed-in identity, marked `current` when it is this browser's. */
export interface ListedSession extends Session {
  readonly current: boolean
}

/** What {@link useSessions} lists. */
export interface SessionsList {
  /** This browser's session first (`current: true`), then the others in Kratos's order. */
  readonly sessions: readonly ListedSession[]
  /** This browser's session, from whoami. */
  readonly current: ListedSession
  /** The identity's other active sessions (other browsers and devices). */
  readonly others: readonly ListedSession[]
  /** How many active sessions Kratos counts, this one included (`X-Total-Count` + 1). */
  readonly total: number
  /** `false` if listing stopped after 20 pages although Kratos has more (20 × `pageSize`). */
  readonly complete: boolean
}

/** Options of {@link useSessions}. */
export interface UseSessionsOptions {
  /**
   * Sessions per request (Kratos's `page_size`, 1–500). Every page is read either way.
   * @default Kratos's default, 250
   */
  pageSize?: number
}

/**
 * The signed-in identity's active sessions: this one (from whoami) and the others on other
 * browsers and devices (Kratos's `GET /sessions`), as a react-query query under
 * `['ory-session-react', 'sessions', baseUrl]`. Runs only while the session is `authenticated`.
 *
 * Every page is fetched (following `Link: rel="next"`) into one list rather than exposing
 * `fetchNextPage`: a person has a handful of sessions, Kratos pages 250 at a time, and one flat
 * list is what "sign out that device" and "sign out everywhere else" must update at once.
 *
 * A 403 `session_aal2_required` sends the browser to the second-factor step (as the guards do);
 * a 401 makes whoami ask again. Other failures land in `error`; they never sign anybody out.
 *
 * @example
 * ```tsx
 * import { useSessions } from 'ory-session-react'
 *
 * function ActiveSessions() {
 *   const { data, error, isPending } = useSessions()
 *   if (error) return <p role="alert">{error.message}</p>
 *   if (isPending || !data) return <p>Loading…</p>
 *   return (
 *     <ul>
 *       {data.sessions.map((s) => (
 *         <li key={s.id}>{s.devices?.[0]?.user_agent ?? 'Unknown device'} {s.current ? '(this device)' : ''}</li>
 *       ))}
 *     </ul>
 *   )
 * }
 * ```
 */
export function useSessions(options: UseSessionsOptions = {}): UseQueryResult<SessionsList, OrySessionError> {
  const context = useSessionContext('useSessions')
  const { queryClient, baseUrl, sessionQuery } = context
  const { session } = useSession()
  const { pageSize } = options
  const select = useCallback((data: OtherSessions) => toList(session, data), [session])
  return useQuery(
    {
      queryKey: sessionsQueryKey(baseUrl, session?.identity?.id ?? session?.id ?? ''),
      queryFn: () =>
        // fetchOtherSessions rejects only with an OrySessionError (callKratos normalises the rest).
        fetchOtherSessions(context, { pageSize }).catch((error: OrySessionError) => Promise.reject(followAuthError(context, error))),
      enabled: session !== null,
      select,
      // The provider's whoami freshness; a list is as cheap to ask for and as quick to go stale.
      // (sessionQueryOptions always sets a number, and retry and retryDelay, as the second-factor check relies on too.)
      staleTime: sessionQuery.staleTime as number,
      // Retried like whoami (network, timeout, 5xx, 429; the provider's `retry` count), never 4xx.
      retry: sessionQuery.retry!,
      retryDelay: sessionQuery.retryDelay!,
    },
    queryClient,
  )
}

// Runs only while enabled, that is with a current session.
function toList(session: Session | null, data: OtherSessions): SessionsList {
  const current: ListedSession = { ...(session as Session), current: true }
  const others = data.sessions.filter((other) => other.id !== current.id).map((other) => ({ ...other, current: false }))
  return { sessions: [current, ...others], current, others, total: data.total + 1, complete: data.complete }
}
