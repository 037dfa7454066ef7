import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { endKratosSession } from './endKratosSession.js'
import { normalizeError, type OrySessionError } from '../kratos/errors.js'
import { SIGNED_OUT } from './interpretWhoami.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import { useSessionContext } from './SessionContext.js'

/** Options of `logout()`. */
export interface LogoutOptions {
  /** Where to go once signed out: a path or a URL on this app's origin. Default: stay on the page. */
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
 * old session back.
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
  const { queryClient, sessionQuery, redirects, navigate } = context
  const mutation = useMutation<void, OrySessionError, LogoutOptions>(
    {
      mutationFn: async ({ returnTo }) => {
        const target = returnTo === undefined ? undefined : resolveReturnTo(returnTo, window.location.href)
        await endKratosSession(context)
        // Cancel first: a whoami sent before the logout must not land after it and resurrect the session.
        await queryClient.cancelQueries({ queryKey: sessionQuery.queryKey, exact: true })
        queryClient.setQueryData(sessionQuery.queryKey, SIGNED_OUT)
        redirects.settle()
        if (target) navigate(target)
      },
    },
    queryClient,
  )
  const { mutateAsync } = mutation
  const logout = useCallback(
    (options: LogoutOptions = {}) => mutateAsync(options).catch(() => undefined),
    [mutateAsync],
  )
  return { logout, isPending: mutation.isPending, error: mutation.error ? normalizeError(mutation.error) : null }
}
