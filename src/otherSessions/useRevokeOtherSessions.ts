import { callKratos } from '../kratos/callKratos.js'
import { useCallback } from 'react'
import type { OrySessionError } from '../kratos/errors.js'
import { followAuthError } from '../guards/followAuthError.js'
import { unexpectedAnswer } from '../session/interpretWhoami.js'
import { useSessionContext } from '../session/SessionContext.js'
import { useCachedMutation } from '../session/useCachedMutation.js'
import { refetchAfterRevoke, removeFromCache, restoreToCache, revokeMutationKey, type RemovedSessions } from './sessionsCache.js'

/** What {@link useRevokeOtherSessions} returns. */
export interface RevokeOtherSessionsControls {
  /**
   * Signs out every session of the identity except this browser's (Kratos's `DELETE /sessions`).
   * Resolves with how many Kratos revoked, or `null` when it failed. Never rejects.
   */
  revokeOthers: () => Promise<number | null>
  isPending: boolean
  /** Kratos's count from the last successful call. */
  revokedCount: number | null
  error: OrySessionError | null
}

/**
 * "Sign out all other devices": every other session leaves {@link useSessions}'s list at once and
 * comes back if Kratos refuses or cannot be reached; the list is asked for again afterwards.
 * This browser stays signed in.
 *
 * @example
 * ```tsx
 * import { useRevokeOtherSessions } from 'ory-session-react'
 *
 * function SignOutEverywhereElse() {
 *   const { revokeOthers, isPending, revokedCount } = useRevokeOtherSessions()
 *   return (
 *     <button disabled={isPending} onClick={() => revokeOthers()}>
 *       Sign out all other devices {revokedCount !== null && `(${revokedCount} signed out)`}
 *     </button>
 *   )
 * }
 * ```
 */
export function useRevokeOtherSessions(): RevokeOtherSessionsControls {
  const context = useSessionContext('useRevokeOtherSessions')
  const { queryClient, baseUrl } = context
  const mutation = useCachedMutation<number, void, RemovedSessions>(
    {
      mutationKey: revokeMutationKey(baseUrl),
      onMutate: () => removeFromCache(queryClient, baseUrl, () => true),
      mutationFn: async () => {
        const answer = await callKratos(context, {
          path: 'sessions',
          method: 'DELETE',
          viaFrontendApi: (api, options) => api.disableMyOtherSessions({}, options),
        })
        if (answer.status === 200 || answer.status === 204) return readCount(answer.json)
        throw followAuthError(context, unexpectedAnswer(answer))
      },
      onError: (_error, _variables, removed) => restoreToCache(queryClient, removed),
      onSettled: () => refetchAfterRevoke(queryClient, baseUrl),
    },
    queryClient,
  )
  const { mutate } = mutation
  const revokeOthers = useCallback(() => mutate().catch(() => null), [mutate])
  return {
    revokeOthers,
    isPending: mutation.isPending,
    revokedCount: mutation.data ?? null,
    // Already an OrySessionError: callKratos, unexpectedAnswer and followAuthError give nothing else.
    error: mutation.error,
  }
}

/** Kratos answers `{ "count": n }`; 0 when the body is missing or odd (the list refetch shows the truth). */
function readCount(json: unknown): number {
  const count = (json as { count?: unknown } | null | undefined)?.count
  return typeof count === 'number' && Number.isFinite(count) ? count : 0
}
