import { normalizeBaseUrl } from '../kratos/baseUrl.js'
import { kratosErrorOf } from '../kratos/kratosErrorOf.js'
import { kratosErrorTarget } from './kratosErrorTarget.js'
import { createRedirectController } from '../session/redirectController.js'
import { resolveReturnTo } from '../kratos/returnTo.js'

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
}

/**
 * Makes a handler for your QueryClient's `onError` that sends the user through the right Kratos
 * flow when *any* API call fails because of their login: 403 `session_aal2_required` (second
 * factor), 403 `session_refresh_required` (sign in again; `return_to` rewritten to this page) and
 * 422 `browser_location_change_required`. It returns `true` when it navigated. Other errors are
 * left alone. Accepts this SDK's errors, axios / @ory/client errors, and `{ status, body }`
 * objects. The same loop guard as the guards applies: the same redirect twice within a minute is
 * not followed.
 *
 * @example
 * ```tsx
 * import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query'
 * import { createKratosErrorHandler } from 'ory-session-react'
 *
 * const onKratosError = createKratosErrorHandler({ baseUrl: 'https://auth.example.com' })
 * export const queryClient = new QueryClient({
 *   queryCache: new QueryCache({ onError: (error) => void onKratosError(error) }),
 *   mutationCache: new MutationCache({ onError: (error) => void onKratosError(error) }),
 * })
 * ```
 */
export function createKratosErrorHandler(options: KratosErrorHandlerOptions): (error: unknown) => boolean {
  const baseUrl = normalizeBaseUrl(options.baseUrl)
  const navigate = options.navigate ?? ((url: string) => window.location.replace(url))
  const redirects = createRedirectController(navigate)
  return (error) => {
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
    return redirects.go(target.url) === 'navigating'
  }
}
