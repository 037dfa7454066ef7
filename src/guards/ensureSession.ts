import type { Session } from '@ory/client'
import type { QueryClient } from '@tanstack/react-query'
import { decideAccess, type AccessRequirement } from './decideAccess.js'
import { LoginRedirect } from './LoginRedirect.js'
import { loginUrl } from '../kratos/loginUrl.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import type { FrontendApi } from '@ory/client'
import { sessionQueryOptions, type SessionQueryTiming } from '../session/sessionQueryOptions.js'
import { toSessionState } from '../session/sessionState.js'

/** Options of {@link ensureSession}. */
export interface EnsureSessionOptions extends SessionQueryTiming, AccessRequirement {
  /** An @ory/client `FrontendApi` the app already configured; whoami then goes through it. */
  client?: FrontendApi
  /**
   * The URL Kratos sends the user back to: in a router, the URL being navigated *to*
   * (TanStack Router: `location.href`; React Router: `request.url`), since `window.location`
   * still shows the page being left. Must be on the app's origin.
   * @default the current URL
   */
  returnTo?: string
}

/**
 * For router loaders (TanStack Router `beforeLoad`, React Router `loader`): resolves with the
 * session when it satisfies `aal` and `maxAge`, or throws a {@link LoginRedirect} to Kratos's
 * login URL. Kratos unreachable, 5xx or a timeout throw the `OrySessionError` instead — never a
 * redirect. Shares the provider's cache entry, so the page's hooks do not ask whoami again.
 *
 * @example
 * ```ts
 * import { QueryClient } from '@tanstack/react-query'
 * import { ensureSession, LoginRedirect } from 'ory-session-react'
 *
 * const queryClient = new QueryClient()
 * export async function billingLoader({ request }: { request: Request }) {
 *   try {
 *     return await ensureSession(queryClient, { baseUrl: 'https://auth.example.com', aal: 'aal2', returnTo: request.url })
 *   } catch (error) {
 *     if (error instanceof LoginRedirect) window.location.replace(error.url)
 *     throw error
 *   }
 * }
 * ```
 */
export async function ensureSession(queryClient: QueryClient, options: EnsureSessionOptions): Promise<Session> {
  const { aal, maxAge, returnTo, ...config } = options
  const query = sessionQueryOptions(config)
  const answer = await queryClient.ensureQueryData({ ...query, revalidateIfStale: true })
  const requirement = { ...(aal ? { aal } : {}), ...(maxAge === undefined ? {} : { maxAge }) }
  const decision = decideAccess(toSessionState(answer, null, async () => {}), requirement, Date.now())
  if (decision.type === 'allow') return decision.session
  if (decision.type === 'fail') throw decision.error
  if (decision.type === 'wait') throw new Error('[ory-session-react] unreachable: an answer was just fetched')
  const here = typeof window === 'undefined' ? undefined : window.location.href
  const back = returnTo !== undefined && here === undefined ? returnTo : resolveReturnTo(returnTo, here ?? '')
  throw new LoginRedirect(loginUrl(config.baseUrl, { ...decision.params, returnTo: back }), decision.reason)
}
