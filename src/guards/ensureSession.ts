import type { Session } from '@ory/client'
import type { QueryClient } from '@tanstack/react-query'
import { decideAccess, type AccessDecision, type AccessRequirement } from './decideAccess.js'
import { LoginRedirect } from './LoginRedirect.js'
import { loginUrl } from '../kratos/loginUrl.js'
import { resolveReturnTo } from '../kratos/returnTo.js'
import type { FrontendApi } from '@ory/client'
import { sessionQueryOptions, withoutRetriesBeforeFirstAnswer, type SessionQueryTiming } from '../session/sessionQueryOptions.js'
import { toSessionState } from '../session/sessionState.js'
import { OrySessionError } from '../kratos/errors.js'
import { secondFactorQueryOptions, unlessMissing } from './secondFactorCheck.js'

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
 * With `aal: 'aal2'` and a session at aal1, it first makes sure the person has a second factor
 * (one request, shared with `<RequireAuth>`): without one it throws an `OrySessionError` of kind
 * `second_factor_missing` instead of a `LoginRedirect` to Kratos's empty second-factor step.
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
 *     // error.kind === 'second_factor_missing': let the route's error view link to the settings.
 *     throw error
 *   }
 * }
 * ```
 */
export async function ensureSession(queryClient: QueryClient, options: EnsureSessionOptions): Promise<Session> {
  const { aal, maxAge, returnTo, ...config } = options
  const query = sessionQueryOptions(config)
  // A loader has no page to show while it waits: the error comes as soon as a page would show it.
  let answer = await queryClient.ensureQueryData({ ...withoutRetriesBeforeFirstAnswer(query, queryClient), revalidateIfStale: true })
  // An answer is always there, so the decision never waits (only a missing answer does).
  const decide = () => decideAccess(toSessionState(answer, null, async () => {}), { aal, maxAge }, Date.now()) as Exclude<AccessDecision, { type: 'wait' }>
  let decision = decide()
  // whoami answered 200 at aal1: is the second-factor step more than Kratos's empty page? After a
  // "stale" check (Kratos saw no session, or an aal2 one) whoami's new answer decides, once.
  const context = { ...config, baseUrl: query.queryKey[2], sessionQuery: query }
  for (let pass = 0; decision.type === 'login' && decision.reason === 'aal_too_low' && answer.kind === 'session'; pass++) {
    const check = secondFactorQueryOptions(context, answer.session.id)
    if (unlessMissing(await queryClient.fetchQuery(check)) === 'offered') break
    queryClient.removeQueries({ queryKey: check.queryKey, exact: true })
    if (pass > 0) throw new OrySessionError('invalid_response', 'whoami and the aal2 login flow disagree; try again.')
    answer = await queryClient.ensureQueryData(query)
    decision = decide()
  }
  if (decision.type === 'allow') return decision.session
  if (decision.type === 'fail') throw decision.error
  const here = typeof window === 'undefined' ? undefined : window.location.href
  const back = returnTo !== undefined && here === undefined ? returnTo : resolveReturnTo(returnTo, here ?? '')
  throw new LoginRedirect(loginUrl(config.baseUrl, { ...decision.params, returnTo: back }), decision.reason)
}
