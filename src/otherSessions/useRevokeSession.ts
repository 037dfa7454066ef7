import { callKratos } from '../kratos/callKratos.js'
import { useCallback } from 'react'
import { normalizeError, OrySessionError } from '../kratos/errors.js'
import { followAuthError } from '../guards/followAuthError.js'
import { unexpectedAnswer } from '../session/interpretWhoami.js'
import { useSessionContext } from '../session/SessionContext.js'
import { useCachedMutation } from '../session/useCachedMutation.js'
import { refetchAfterRevoke, removeFromCache, restoreToCache, revokeMutationKey, type RemovedSessions } from './sessionsCache.js'

/** What {@link useRevokeSession} returns. */
export interface RevokeSessionControls {
  /** Signs that session out (Kratos's `DELETE /sessions/{id}`). Never rejects: failures land in `error`. */
  revoke: (sessionId: string) => Promise<void>
  isPending: boolean
  /** The id being revoked while `isPending`. */
  pendingId: string | undefined
  error: OrySessionError | null
}

/**
 * Signs one of the identity's *other* sessions out (another browser or device). The session leaves
 * {@link useSessions}'s list at once; if Kratos refuses or cannot be reached it comes back, and the
 * list is asked for again afterwards either way. A session Kratos no longer knows (404) counts as
 * revoked. To end this browser's own session use `useLogout` (Kratos refuses it here, 400).
 *
 * @example
 * ```tsx
 * import { useRevokeSession } from 'ory-session-react'
 *
 * function SignOutDevice({ sessionId }: { sessionId: string }) {
 *   const { revoke, isPending, error } = useRevokeSession()
 *   return (
 *     <>
 *       <button disabled={isPending} onClick={() => revoke(sessionId)}>Sign out</button>
 *       {error && <span role="alert">{error.message}</span>}
 *     </>
 *   )
 * }
 * ```
 */
export function useRevokeSession(): RevokeSessionControls {
  const context = useSessionContext('useRevokeSession')
  const { queryClient, sessionQuery, baseUrl } = context
  const mutation = useCachedMutation<void, string, RemovedSessions>(
    {
      mutationKey: revokeMutationKey(baseUrl),
      onMutate: (id) => removeFromCache(queryClient, baseUrl, (session) => session.id === id),
      mutationFn: async (id) => {
        const whoami = queryClient.getQueryData(sessionQuery.queryKey)
        if (whoami?.kind === 'session' && whoami.session.id === id) {
          // What to use instead is a development hint, like those of errors.ts.
          const hint = process.env.NODE_ENV !== 'production' ? ': use useLogout' : ''
          throw new OrySessionError('config', `useRevokeSession cannot end this session${hint}.`)
        }
        const answer = await callKratos(context, {
          path: `sessions/${encodeURIComponent(id)}`,
          method: 'DELETE',
          viaFrontendApi: (api, options) => api.disableMySession({ id }, options),
        })
        if (answer.status === 204 || answer.status === 200 || answer.status === 404) return
        throw followAuthError(context, unexpectedAnswer(answer))
      },
      onError: (_error, _id, removed) => restoreToCache(queryClient, removed),
      onSettled: () => refetchAfterRevoke(queryClient, baseUrl),
    },
    queryClient,
  )
  const { mutate } = mutation
  const revoke = useCallback((sessionId: string) => mutate(sessionId).catch(() => undefined), [mutate])
  return {
    revoke,
    isPending: mutation.isPending,
    pendingId: mutation.isPending ? mutation.variables : undefined,
    error: mutation.error ? normalizeError(mutation.error) : null,
  }
}
