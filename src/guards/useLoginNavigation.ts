import { useCallback, useState } from 'react'
import type { OrySessionError } from '../kratos/errors.js'
import { loginUrl, type LoginUrlOptions } from '../kratos/loginUrl.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import { useSessionContext } from '../session/SessionContext.js'

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
  /** Set when `returnTo` was refused (another origin); nothing navigated then. */
  error: OrySessionError | null
}

/**
 * Sends the browser to Kratos's login flow with `params` on request. A person asking for it is
 * not a loop, so the loop memory is cleared first; the provider still makes sure only one
 * navigation starts.
 */
export function useLoginNavigation(caller: string, params: Omit<LoginUrlOptions, 'returnTo'>) {
  const { baseUrl, redirects, events, transport } = useSessionContext(caller)
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
      const url = loginUrl(baseUrl, { ...(aal ? { aal } : {}), ...(refresh ? { refresh } : {}), returnTo: back })
      redirects.settle()
      const outcome = redirects.go(url)
      if (process.env.NODE_ENV !== 'production') events?.add('guard', `${caller} → ${outcome} ${url}`)
    },
    [baseUrl, redirects, events, transport, caller, aal, refresh],
  )
  return { start, error }
}
