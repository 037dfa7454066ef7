import type { Session } from '@ory/client'
import type { QueryClient, QueryKey } from '@tanstack/react-query'
import type { OtherSessions } from './fetchOtherSessions.js'

/** Every sessions list of one Kratos: `['ory-session-react', 'sessions', baseUrl]` (invalidate this). */
export const sessionsQueryPrefix = (baseUrl: string) => ['ory-session-react', 'sessions', baseUrl] as const

/** One identity's list, so that a different person signing in never sees the last one's devices. */
export const sessionsQueryKey = (baseUrl: string, identityId: string) => [...sessionsQueryPrefix(baseUrl), identityId] as const

/** The key of the revoke mutations, to refetch only once the last of several concurrent ones settled. */
export const revokeMutationKey = (baseUrl: string) => [...sessionsQueryPrefix(baseUrl), 'revoke'] as const

/** Sessions taken out of a cached list optimistically, with where they were, to put them back. */
export type RemovedSessions = readonly { readonly key: QueryKey; readonly session: Session; readonly index: number }[]

/** Takes the matching sessions out of every cached list at once (after stopping in-flight listings). */
export async function removeFromCache(queryClient: QueryClient, baseUrl: string, remove: (session: Session) => boolean): Promise<RemovedSessions> {
  const queryKey = sessionsQueryPrefix(baseUrl)
  await queryClient.cancelQueries({ queryKey })
  const removed: { key: QueryKey; session: Session; index: number }[] = []
  for (const [key, data] of queryClient.getQueriesData<OtherSessions>({ queryKey })) {
    if (!data) continue
    const kept = data.sessions.filter((session, index) => !(remove(session) && removed.push({ key, session, index })))
    const gone = data.sessions.length - kept.length
    if (gone > 0) queryClient.setQueryData<OtherSessions>(key, { ...data, sessions: kept, total: Math.max(0, data.total - gone) })
  }
  return removed
}

/**
 * Puts optimistically removed sessions back where they were. Only those: a concurrent revoke of
 * another session keeps its own optimistic removal (a snapshot restore would undo it).
 */
export function restoreToCache(queryClient: QueryClient, removed: RemovedSessions | undefined): void {
  for (const { key, session, index } of removed ?? []) {
    queryClient.setQueryData<OtherSessions>(key, (data) => {
      if (!data || data.sessions.some((listed) => listed.id === session.id)) return data
      const sessions = [...data.sessions]
      // An index past the end (the list shrank meanwhile) appends: splice clamps it.
      sessions.splice(index, 0, session)
      return { ...data, sessions, total: data.total + 1 }
    })
  }
}

/**
 * Asks Kratos for the list again once no other revoke is still running (its answer would be
 * stale). Not awaited: the revoke's outcome (and a rollback's error) shows at once, the list's
 * `isFetching` covers the refetch.
 */
export function refetchAfterRevoke(queryClient: QueryClient, baseUrl: string): void {
  if (queryClient.isMutating({ mutationKey: revokeMutationKey(baseUrl) }) > 1) return
  void queryClient.invalidateQueries({ queryKey: sessionsQueryPrefix(baseUrl) })
}
