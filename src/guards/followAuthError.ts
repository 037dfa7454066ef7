import type { OrySessionError } from '../kratos/errors.js'
import { loginUrl } from '../kratos/loginUrl.js'
import { loopError } from './loopError.js'
import type { SessionContextValue } from '../session/SessionContext.js'

/**
 * What the sessions hooks do with Kratos's "who are you" answers, the way the guards do:
 *
 * - 403 `session_aal2_required`: leave for the second-factor step (`aal=aal2`, `return_to` = this
 *   page) through the provider's redirect controller, so every hook and guard on the page leaves
 *   at most once and a repeat right after coming back is stopped (returned as `redirect_loop`).
 * - 401: Kratos no longer sees a session. whoami is asked again, and its answer decides (guards
 *   then send the user to login); a list endpoint alone never signs anybody out.
 *
 * Every other error (network, 5xx, …) is returned untouched and changes nothing about the session.
 */
export function followAuthError(context: SessionContextValue, error: OrySessionError): OrySessionError {
  const { queryClient, sessionQuery, baseUrl, redirects, events } = context
  const aal2 = error.status === 403 && error.errorId === 'session_aal2_required'
  if (error.status !== 401 && !aal2) return error
  void queryClient.invalidateQueries({ queryKey: sessionQuery.queryKey, exact: true })
  // Token mode: no browser to send; whoami's new answer (aal2_required) reaches the guards.
  if (!aal2 || context.transport || typeof window === 'undefined') return error
  const url = loginUrl(baseUrl, { aal: 'aal2', returnTo: window.location.href })
  const outcome = redirects.go(url)
  if (process.env.NODE_ENV !== 'production') events?.add('guard', `sessions: aal2_required → ${outcome} ${url}`)
  return outcome === 'loop' ? loopError('aal2_required', url) : error
}
