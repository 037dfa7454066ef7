import { useMutation } from '@tanstack/react-query'
import { useCallback } from 'react'
import { normalizeError, OrySessionError } from '../kratos/errors.js'
import { useSessionContext } from '../session/SessionContext.js'
import { socialSignIn, type OpenAuthSession } from './socialSignIn.js'
import type { TokenSignInOutcome } from './useTokenSignIn.js'

/** Options of {@link useSocialSignIn}. */
export interface SocialSignInOptions {
  /** The app's link Kratos ends the auth session on, e.g. `myapp://auth/callback`; list it in `selfservice.allowed_return_urls`. */
  returnTo: string
  /**
   * Opens the provider's page in an auth session (a system browser sheet that shares no cookies
   * with the app) and resolves with the URL Kratos ended it on, or `null` when the user closed it.
   * With expo-web-browser:
   * `async (url, returnTo) => { const r = await WebBrowser.openAuthSessionAsync(url, returnTo); return r.type === 'success' ? r.url : null }`
   */
  openAuthSession: OpenAuthSession
}

/** What {@link useSocialSignIn} returns. */
export interface SocialSignInControls {
  /**
   * Signs in with the provider (Kratos's provider id, e.g. `'google'`). Resolves with where the
   * user stands, `'cancelled'` when they closed the page, or `null` when it failed (see `error`).
   * Never rejects.
   */
  signIn: (provider: string) => Promise<TokenSignInOutcome | 'cancelled' | null>
  isPending: boolean
  error: OrySessionError | null
}

const OUTCOME = { session: 'authenticated', aal2_required: 'aal2_required', signed_out: 'unauthenticated' } as const

/**
 * Social sign-in for native apps (token mode): Kratos's exchange-code round trip, with the
 * provider's page opened by the app's `openAuthSession`. The session token never passes through
 * the browser: Kratos hands the auth session only a one-time code, and the app exchanges it,
 * together with the code it got when the flow started, for the token.
 *
 * @example
 * ```tsx
 * import * as WebBrowser from 'expo-web-browser'
 * import { useSocialSignIn } from 'ory-session-react/native'
 *
 * function GoogleButton() {
 *   const { signIn, isPending } = useSocialSignIn({
 *     returnTo: 'myapp://auth/callback',
 *     openAuthSession: async (url, returnTo) => {
 *       const result = await WebBrowser.openAuthSessionAsync(url, returnTo)
 *       return result.type === 'success' ? result.url : null
 *     },
 *   })
 *   return <button disabled={isPending} onClick={() => void signIn('google')}>Continue with Google</button>
 * }
 * ```
 */
export function useSocialSignIn({ returnTo, openAuthSession }: SocialSignInOptions): SocialSignInControls {
  const context = useSessionContext('useSocialSignIn')
  const mutation = useMutation<TokenSignInOutcome | 'cancelled', OrySessionError, string>(
    {
      mutationFn: async (provider) => {
        const { transport } = context
        if (!transport) throw new OrySessionError('config', 'useSocialSignIn is for token mode (native apps); browser apps sign in through the browser login flow.')
        const answer = await socialSignIn({ ...context, transport }, provider, returnTo, openAuthSession)
        return answer ? OUTCOME[answer.kind] : 'cancelled'
      },
    },
    context.queryClient,
  )
  const { mutateAsync } = mutation
  const signIn = useCallback((provider: string) => mutateAsync(provider).catch(() => null), [mutateAsync])
  return { signIn, isPending: mutation.isPending, error: mutation.error ? normalizeError(mutation.error) : null }
}
