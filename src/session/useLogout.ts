import { useCallback } from 'react'
import { endKratosSession } from './endKratosSession.js'
import { normalizeError, OrySessionError } from '../kratos/errors.js'
import { SIGNED_OUT } from './interpretWhoami.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import { useSessionContext } from './SessionContext.js'
import { useCachedMutation } from './useCachedMutation.js'

/** Options of `logout()`. */
export interface LogoutOptions {
  /** Where to go once signed out: a path or a URL on this app's origin. Default: stay on the page. Browser (cookie mode) only. */
  returnTo?: string
}

/** What {@link useLogout} returns. */
export interface LogoutControls {
  /** Ends the Kratos session; resolves when done. Never rejects: failures land in `error`. */
  logout: (options?: LogoutOptions) => Promise<void>
  isPending: boolean
  error: OrySessionError | null
}

/**
 * Signs out through Kratos's browser logout flow. The session leaves the cache at once (every hook
 * turns `unauthenticated` without waiting for a refetch), and an in-flight whoami cannot bring the
 * old session back. In token mode: `DELETE /self-service/logout/api` with the token, then the
 * stored token is removed (also when Kratos no longer knew it, 401/403) and the SDK's other cached
 * queries go; a network error, timeout or 5xx does not keep the user signed in on the device: the
 * token is removed all the same and `error` says Kratos could not revoke it.
 *
 * @example
 * ```tsx
 * import { useLogout } from 'ory-session-react'
 *
 * function SignOut() {
 *   const { logout, isPending } = useLogout()
 *   return <button disabled={isPending} onClick={() => logout({ returnTo: '/' })}>Sign out</button>
 * }
 * ```
 */
export function useLogout(): LogoutControls {
  const context = useSessionContext('useLogout')
  const { queryClient, sessionQuery, redirects, navigate, transport } = context
  const mutation = useCachedMutation<void, LogoutOptions>(
    {
      mutationFn: async ({ returnTo }) => {
        if (transport && returnTo !== undefined) {
          // Where to go instead is a development hint, like those of errors.ts.
          const hint = process.env.NODE_ENV !== 'production' ? '; in token mode navigate yourself once logout() resolves' : ''
          throw new OrySessionError('config', `logout({ returnTo }) leaves for a web page${hint}.`)
        }
        const target = returnTo === undefined ? undefined : resolveReturnTo(returnTo, window.location.href)
        // Token mode: DELETE /self-service/logout/api, then the stored token goes.
        await (transport ? transport.endSession(context) : endKratosSession(context))
        // Cancel first: a whoami sent before the logout must not land after it and resurrect the session.
        await queryClient.cancelQueries({ queryKey: sessionQuery.queryKey, exact: true })
        queryClient.setQueryData(sessionQuery.queryKey, SIGNED_OUT)
        redirects.settle()
        if (target) navigate(target)
      },
    },
    queryClient,
  )
  const { mutate } = mutation
  const logout = useCallback(
    (options: LogoutOptions = {}) => mutate(options).catch(() => undefined),
    [mutate],
  )
  return { logout, isPending: mutation.isPending, error: mutation.error ? normalizeError(mutation.error) : null }
}
