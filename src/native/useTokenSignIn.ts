import { useCallback } from 'react'
import { useSessionContext } from '../session/SessionContext.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import { acceptTokenAnswer } from './acceptTokenAnswer.js'

/** Where the user stands after a token sign-in: signed in, or the second factor still missing. */
export type TokenSignInOutcome = 'authenticated' | 'aal2_required' | 'unauthenticated'

const OUTCOME: Record<SessionAnswer['kind'], TokenSignInOutcome> = {
  session: 'authenticated',
  aal2_required: 'aal2_required',
  signed_out: 'unauthenticated',
}

/**
 * Token mode: hands a successful Kratos API-flow answer to the SDK, for apps that run the login
 * or registration API flow themselves (`POST /self-service/login?flow=…` from a native screen).
 * The token (`session_token`, or `continue_with` `set_ory_session_token`) is stored, the session
 * shows in every hook at once, and the promise says where the user stands: `'aal2_required'` when
 * Kratos answered with `session.identity: null` (run `login/api?aal=aal2` next, the transport sends
 * the token). Rejects with an `OrySessionError`: `invalid_response` without a token, `storage`
 * when storing failed, `config` in cookie mode (browsers never take tokens).
 *
 * @example
 * ```tsx
 * import { useTokenSignIn } from 'ory-session-react/native'
 *
 * function useSubmitPassword(flowAction: string) {
 *   const signIn = useTokenSignIn()
 *   return async (identifier: string, password: string) => {
 *     const response = await fetch(flowAction, {
 *       method: 'POST',
 *       credentials: 'omit',
 *       headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
 *       body: JSON.stringify({ method: 'password', identifier, password }),
 *     })
 *     if (response.ok) return signIn(await response.json())
 *     return null
 *   }
 * }
 * ```
 */
export function useTokenSignIn(): (answer: unknown) => Promise<TokenSignInOutcome> {
  const context = useSessionContext('useTokenSignIn')
  return useCallback(async (answer: unknown) => OUTCOME[(await acceptTokenAnswer(context, answer)).kind], [context])
}
