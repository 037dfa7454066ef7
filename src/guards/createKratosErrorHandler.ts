import { normalizeBaseUrl } from '../kratos/baseUrl.js'
import { kratosErrorOf } from '../kratos/kratosErrorOf.js'
import { kratosErrorTarget } from './kratosErrorTarget.js'
import { createRedirectController } from '../session/redirectController.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import type { OrySessionError } from '../kratos/errors.js'
import { checkSecondFactor, unlessMissing } from './secondFactorCheck.js'

/** Options of {@link createKratosErrorHandler}. */
export interface KratosErrorHandlerOptions {
  /** Kratos's public URL, the same as `<SessionProvider baseUrl>`. */
  baseUrl: string
  /**
   * How to leave the app for Kratos.
   * @default (url) => window.location.replace(url)
   */
  navigate?: (url: string) => void
  /**
   * Where Kratos sends the user back: a path or a URL on this app's origin.
   * @default the current URL
   */
  returnTo?: () => string
  /**
   * Called instead of navigating to the second-factor step when it cannot be taken: with kind
   * `second_factor_missing` when the person has no second factor (send them to set one up), or with
   * the error when Kratos could not be asked (`network`, `timeout`, `http`). Nobody is signed out.
   */
  onStepUpBlocked?: (error: OrySessionError) => void
  /**
   * Give up on the second-factor check after this many milliseconds (then `onStepUpBlocked` gets
   * a `timeout` error): the same as `<SessionProvider timeoutMs>`.
   * @default 10_000
   */
  timeoutMs?: number
}

/**
 * Makes a handler for your QueryClient's `onError` that sends the user through the right Kratos
 * flow when *any* API call fails because of their login: 403 `session_aal2_required` (second
 * factor), 403 `session_refresh_required` (sign in again; `return_to` rewritten to this page) and
 * 422 `browser_location_change_required`. It resolves to `true` when it navigated. Other errors are
 * left alone. Accepts this SDK's errors, axios / @ory/client errors, and `{ status, body }`
 * objects. The same loop guard as the guards applies: the same redirect twice within a minute is
 * not followed.
 *
 * Before the second-factor step it asks Kratos whether the person has a second factor (one
 * request, shared by errors arriving together): without one it calls `onStepUpBlocked` with a
 * `second_factor_missing` error instead of sending them to Kratos's empty second-factor step.
 *
 * @example
 * ```tsx
 * import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
 * import { createKratosErrorHandler } from 'ory-session-react'
 *
 * const onKratosError = createKratosErrorHandler({
 *   baseUrl: 'https://auth.example.com',
 *   onStepUpBlocked: (error) => {
 *     if (error.kind === 'second_factor_missing') window.location.assign('/settings')
 *   },
 * })
 * export const queryClient = new QueryClient({
 *   queryCache: new QueryCache({ onError: (error) => void onKratosError(error) }),
 *   mutationCache: new MutationCache({ onError: (error) => void onKratosError(error) }),
 * })
 * ```
 */
export function createKratosErrorHandler(options: KratosErrorHandlerOptions): (error: unknown) => Promise<boolean> {
  const baseUrl = normalizeBaseUrl(options.baseUrl)
  const navigate = options.navigate ?? ((url: string) => window.location.replace(url))
  const redirects = createRedirectController(navigate)
  let steppingUp: Promise<boolean> | undefined
  const stepUp = async (url: string) => {
    try {
      if (unlessMissing(await checkSecondFactor({ baseUrl, timeoutMs: options.timeoutMs })) === 'offered') return redirects.go(url) === 'navigating'
      // 'stale': Kratos sees no session, or one already at aal2: the app's next call tells.
    } catch (error) {
      options.onStepUpBlocked?.(error as OrySessionError)
    }
    return false
  }
  return async (error) => {
    const answer = kratosErrorOf(error)
    if (!answer || typeof window === 'undefined') return false
    let back: string
    try {
      back = resolveReturnTo(options.returnTo?.(), window.location.href)
    } catch {
      return false
    }
    const target = kratosErrorTarget(answer, baseUrl, back)
    if (!target) return false
    if (target.reason !== 'aal2_required') return redirects.go(target.url) === 'navigating'
    steppingUp ??= stepUp(target.url).finally(() => (steppingUp = undefined))
    return steppingUp
  }
}
