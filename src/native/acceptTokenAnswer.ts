import { OrySessionError } from '../kratos/errors.js'
import { sessionTokenIn } from './sessionTokenIn.js'
import { interpretWhoami, type SessionAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'

/**
 * Takes a successful API-flow answer (login, registration, recovery, token exchange): stores its
 * session token and puts the session in the cache, so every hook turns `authenticated` at once.
 *
 * A login answer whose `session.identity` is `null` is not a signed-in user: Kratos still requires
 * the second factor. The token is stored (the aal2 step needs it) and whoami, asked with it,
 * answers `aal2_required`, so guards continue to the second factor instead of showing a session
 * without an identity. In cookie mode any token is refused: a browser must never hold one.
 */
export async function acceptTokenAnswer(context: SessionContextValue, json: unknown): Promise<SessionAnswer> {
  const { transport, queryClient, sessionQuery } = context
  const token = sessionTokenIn(json)
  if (!transport) {
    throw new OrySessionError(
      'config',
      token
        ? 'Kratos sent a session token (session_token / set_ory_session_token) to a cookie-mode provider: browser apps must use browser flows, never API flows.'
        : 'Session tokens need token mode: <SessionProvider transport={tokenTransport({ storage })}>.',
    )
  }
  if (!token) {
    throw new OrySessionError('invalid_response', 'Kratos answered without a session token (no session_token, no continue_with set_ory_session_token).')
  }
  // A whoami still in flight with the old token (or none) must not land after this.
  await queryClient.cancelQueries({ queryKey: sessionQuery.queryKey, exact: true })
  await transport.storeToken(token)
  const session = (json as { session?: { identity?: unknown } | null }).session
  if (session?.identity) {
    const answer = interpretWhoami({ status: 200, json: session, text: undefined, retryAfter: null })
    queryClient.setQueryData(sessionQuery.queryKey, answer)
    return answer
  }
  return queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 })
}
