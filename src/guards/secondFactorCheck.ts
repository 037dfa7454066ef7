import type { FrontendApi } from '@ory/client'
import type { QueryKey, UseQueryOptions } from '@tanstack/react-query'
import { callKratos, type KratosEndpoint } from '../kratos/callKratos.js'
import { OrySessionError } from '../kratos/errors.js'
import { offersSecondFactor } from '../kratos/offersSecondFactor.js'
import { unexpectedAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'

/**
 * Whether the second-factor step can be taken:
 * - `offered`: Kratos's aal2 login flow offers a method (TOTP, lookup codes, WebAuthn, code);
 * - `missing`: it offers nothing (the identity has no second factor): sending the browser there is
 *   a dead end;
 * - `stale`: whoami's answer was out of date (Kratos sees no session, or one already at aal2); whoami
 *   has been asked again, and its new answer decides (it cannot still be aal1: both read the same
 *   cookie).
 */
export type SecondFactorCheck = 'offered' | 'missing' | 'stale'

/** Creates Kratos's aal2 login flow, the same call whichever way Kratos is reached. */
const AAL2_LOGIN_FLOW = {
  path: 'self-service/login/browser?aal=aal2',
  viaFrontendApi: (api: FrontendApi, options: { signal: AbortSignal }) => api.createBrowserLoginFlow({ aal: 'aal2' }, options),
}

/**
 * Asks Kratos to create the aal2 login flow by XHR (`Accept: application/json`, the cookie
 * included) and looks at its nodes. One request, given up after the endpoint's `timeoutMs`.
 * Network errors, timeouts and unexpected answers throw an {@link OrySessionError}: they say
 * nothing about the user's second factor.
 */
export async function checkSecondFactor(endpoint: KratosEndpoint): Promise<SecondFactorCheck> {
  const answer = await callKratos(endpoint, AAL2_LOGIN_FLOW)
  const json = answer.json as { ui?: { nodes?: unknown }; error?: { id?: string } } | undefined
  if (answer.status === 200 && Array.isArray(json?.ui?.nodes)) {
    return offersSecondFactor(json as Parameters<typeof offersSecondFactor>[0]) ? 'offered' : 'missing'
  }
  // 401 session_aal1_required: no session any more; 400 session_already_available: already aal2.
  const id = json?.error?.id
  if ((answer.status === 401 && id === 'session_aal1_required') || (answer.status === 400 && id === 'session_already_available')) return 'stale'
  throw unexpectedAnswer(answer)
}

/**
 * The check as a react-query query, one per session: every guard, loader and hook on the page
 * shares one request (StrictMode included), and a session keeps its answer (`staleTime: Infinity`)
 * until nothing uses it for `gcTime`. A session that enrols a second factor becomes aal2 at once
 * and needs no check. A `stale` answer resolves only after whoami was asked again.
 */
export function secondFactorQueryOptions(
  context: Pick<SessionContextValue, 'baseUrl' | 'client' | 'sessionQuery' | 'timeoutMs'>,
  sessionId: string,
): UseQueryOptions<SecondFactorCheck, OrySessionError, SecondFactorCheck, QueryKey> {
  const { sessionQuery } = context
  // Typed, not wrapped in react-query's queryOptions(): nothing reads this query through getQueryData.
  return {
    queryKey: ['ory-session-react', 'second-factor', context.baseUrl, sessionId],
    queryFn: async ({ client }) => {
      // The context is the endpoint (baseUrl, the app's FrontendApi, timeoutMs); never in token mode.
      const check = await checkSecondFactor(context)
      if (check === 'stale') await client.refetchQueries({ queryKey: sessionQuery.queryKey, exact: true })
      return check
    },
    // Never stale, so focus and reconnect do not ask again either.
    staleTime: Infinity,
    // whoami's retry policy (network, timeout, 5xx, 429; the provider's `retry` count).
    retry: sessionQuery.retry!,
    retryDelay: sessionQuery.retryDelay!,
  }
}

/** What the guards, loaders and hooks report instead of sending someone to a dead end. */
export function secondFactorMissingError(): OrySessionError {
  return new OrySessionError(
    'second_factor_missing',
    'This needs a second factor (aal2), and the account has none set up.' +
      // What to do about it is a development hint, like those of errors.ts.
      (process.env.NODE_ENV !== 'production'
        ? " Kratos's second-factor step would offer nothing: set one up (an authenticator app, a security key or recovery codes) in the account settings."
        : ''),
  )
}

/**
 * For the callers that act on a check (loaders, the step-up hooks, the error handler): `missing`
 * is thrown as the {@link secondFactorMissingError} they all report, so what is left to tell apart
 * is `offered` (go to the step) and `stale` (whoami's new answer decides).
 */
export function unlessMissing(check: SecondFactorCheck): Exclude<SecondFactorCheck, 'missing'> {
  if (check === 'missing') throw secondFactorMissingError()
  return check
}
