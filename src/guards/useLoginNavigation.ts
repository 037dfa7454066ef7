import { useCallback, useState } from 'react'
import type { OrySessionError } from '../kratos/errors.js'
import { loginUrl, type LoginUrlOptions } from '../kratos/loginUrl.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import { useSessionContext } from '../session/SessionContext.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import { secondFactorQueryOptions, unlessMissing } from './secondFactorCheck.js'

/** Options of `stepUp()` and `reauthenticate()`. */
export interface LoginNavigationOptions {
  /**
   * Where Kratos sends the user afterwards: a path or a URL on this app's origin.
   * @default the current URL
   */
  returnTo?: string
}

/** What {@link useStepUp} and {@link useReauthenticate} share. */
export interface LoginNavigationControls {
  /**
   * Set when nothing navigated: `returnTo` was refused (`invalid_return_to`), the person has no
   * second factor to step up with (`second_factor_missing`), or Kratos could not be asked whether
   * they have one (`network`, `timeout`, `http`, …).
   */
  error: OrySessionError | null
}

/**
 * Sends the browser to Kratos's login flow with `params` on request. A person asking for it is
 * not a loop, so the loop memory is cleared first; the provider still makes sure only one
 * navigation starts. An aal2 step for a session whoami showed at aal1 goes first through the
 * second-factor check the guards use (one request, cached per session); a 403
 * `session_aal2_required` already said a second factor exists, so then it leaves at once.
 */
export function useLoginNavigation(caller: string, params: Omit<LoginUrlOptions, 'returnTo'>) {
  const context = useSessionContext(caller)
  const { baseUrl, redirects, events, queryClient, sessionQuery, transport } = context
  const [error, setError] = useState<OrySessionError | null>(null)
  const { aal, refresh } = params
  const start = useCallback(
    (options: LoginNavigationOptions = {}) => {
      if (transport) {
        // Token mode: the app's own screens run login/api with aal2 / refresh (and the token).
        setError(transport.requireLogin({ reason: refresh ? 'too_old' : 'aal_too_low', aal, refresh }))
        return
      }
      let back: string
      try {
        back = resolveReturnTo(options.returnTo, window.location.href)
      } catch (refused) {
        setError(refused as OrySessionError)
        return
      }
      setError(null)
      const url = loginUrl(baseUrl, { aal, refresh, returnTo: back })
      const leave = () => {
        redirects.settle()
        const outcome = redirects.go(url)
        if (process.env.NODE_ENV !== 'production') events?.add('guard', `${caller} → ${outcome} ${url}`)
      }
      const answer = queryClient.getQueryData<SessionAnswer>(sessionQuery.queryKey)
      if (aal !== 'aal2' || answer?.kind !== 'session' || answer.session.authenticator_assurance_level === 'aal2') return leave()
      // 'stale': whoami has been asked again, and its new answer shows in the session state.
      queryClient
        .fetchQuery(secondFactorQueryOptions(context, answer.session.id))
        .then(unlessMissing)
        .then((check) => check === 'offered' && leave(), setError)
    },
    [context, caller, aal, refresh],
  )
  return { start, error }
}
