import type { FrontendApi } from '@ory/client'
import { queryOptions, type QueryClient } from '@tanstack/react-query'
import { normalizeBaseUrl } from '../kratos/baseUrl.js'
import { callKratos, DEFAULT_TIMEOUT_MS, type KratosCall, type KratosEndpoint } from '../kratos/callKratos.js'
import type { OrySessionError } from '../kratos/errors.js'
import { interpretWhoami, type SessionAnswer } from './interpretWhoami.js'
import type { TokenTransport } from './transport.js'
import { DEFAULT_RETRIES, markAsRecoveryPoll, outagePollInterval, retryDelay, shouldRetry, showsAtOnce } from './retryPolicy.js'

/** How the SDK reaches Kratos: the browser's cookie (default), or a session token (`tokenTransport`). */
export type KratosTransportChoice =
  | {
      /** An @ory/client `FrontendApi` the app already configured; every call then goes through it (cookie mode only). */
      client?: FrontendApi
      /** Cookie mode (the default): the browser's httpOnly session cookie. */
      transport?: undefined
    }
  | {
      client?: undefined
      /**
       * Token mode for native apps (React Native, Expo, Capacitor, Electron): `tokenTransport({ storage })`.
       * Never in a browser app: see the README's "Native apps".
       */
      transport: TokenTransport
    }

/** Options shared by {@link sessionQueryOptions} and `<SessionProvider>`. */
export type SessionQueryConfig = SessionQueryTiming & KratosTransportChoice

/** Where Kratos is and how patiently to ask it. */
export interface SessionQueryTiming {
  /** Kratos's public URL, or an Ory Network project / tunnel URL, e.g. `https://auth.example.com`. */
  baseUrl: string
  /**
   * How long a whoami answer counts as fresh, in milliseconds; focus and reconnect refetch only after.
   * @default 30_000
   */
  staleTime?: number
  /**
   * Give up on a Kratos request after this many milliseconds (a hung request must not keep a page
   * in `loading` forever): whoami, and every call of the hooks, guards and loaders.
   * @default 10_000
   */
  timeoutMs?: number
  /**
   * How many times a failing whoami is retried, with backoff (1 s, 2 s, 4 s or `Retry-After`),
   * before polling takes over. Only failures that may heal by themselves are retried (network,
   * timeout, 5xx, 429). With no answer yet, the error shows while the retries go on: after a
   * timeout, or from the second failure.
   * @default 3
   */
  retry?: number
}

/** The default whoami freshness window: short enough to notice a sign-out, long enough to be cheap. */
export const DEFAULT_STALE_TIME = 30_000
export { DEFAULT_TIMEOUT_MS }

/**
 * The react-query options of the session query: use them to prefetch the session in a router
 * loader, or to invalidate it after the app's own login page finishes.
 *
 * @example
 * ```ts
 * import { QueryClient } from '@tanstack/react-query'
 * import { sessionQueryOptions } from 'ory-session-react'
 *
 * const queryClient = new QueryClient()
 * const session = sessionQueryOptions({ baseUrl: 'https://auth.example.com' })
 * await queryClient.prefetchQuery(session)
 * await queryClient.invalidateQueries({ queryKey: session.queryKey })
 * ```
 */
export function sessionQueryOptions(config: SessionQueryConfig) {
  const baseUrl = normalizeBaseUrl(config.baseUrl)
  // `config` carries `client` and `transport`: with the checked baseUrl, a KratosEndpoint.
  const endpoint = { ...config, baseUrl }
  return queryOptions<SessionAnswer, OrySessionError, SessionAnswer, readonly ['ory-session-react', 'session', string]>({
    queryKey: ['ory-session-react', 'session', baseUrl] as const,
    // The query's AbortSignal is deliberately not read: reading it makes react-query abort the
    // request when the last observer unmounts, so StrictMode's double effects would send whoami
    // twice. A cancelled query (logout) still discards the answer without it.
    queryFn: async ({ client, queryKey }) => {
      const previous = client.getQueryState(queryKey)
      // The last outcome was an error (status alone is reset to pending when no data was ever had).
      const recovering = previous !== undefined && previous.errorUpdatedAt > previous.dataUpdatedAt
      try {
        return await fetchSessionAnswer(endpoint)
      } catch (error) {
        // The first failure gets quick retries; once the error is showing, the outage poll below
        // asks once per interval instead of bursting retries at a Kratos that is down.
        if (recovering) markAsRecoveryPoll(error)
        throw error
      }
    },
    staleTime: config.staleTime ?? DEFAULT_STALE_TIME,
    refetchOnWindowFocus: true,
    refetchOnReconnect: true,
    retry: (failureCount, error) => shouldRetry(failureCount, error, config.retry ?? DEFAULT_RETRIES),
    retryDelay,
    refetchInterval: (query) => outagePollInterval(query.state.errorUpdateCount, query.state.error),
  })
}

/**
 * The session query for a caller that waits for the first answer with nothing on screen meanwhile
 * (a router loader, Suspense): it gets the error as soon as a page would show it (see shownError),
 * after one timed-out try (10 s) or two quick failures (~1 s), instead of after every retry (~47 s
 * against a hung Kratos). Once an answer is known, the usual retries apply.
 */
export function withoutRetriesBeforeFirstAnswer<Query extends ReturnType<typeof sessionQueryOptions>>(query: Query, queryClient: QueryClient): Query {
  const retry = query.retry as (failureCount: number, error: OrySessionError) => boolean
  return {
    ...query,
    retry: (failureCount: number, error: OrySessionError) =>
      !(queryClient.getQueryData(query.queryKey) === undefined && showsAtOnce(failureCount, error)) && retry(failureCount, error),
  }
}

/** The plain whoami call, the same whichever way Kratos is reached. */
const WHOAMI: KratosCall = {
  path: 'sessions/whoami',
  viaFrontendApi: (api, options) => api.toSession({}, options),
}

/**
 * One whoami round trip, bounded by `timeoutMs`, mapped to a {@link SessionAnswer}. A caller that
 * needs a variant of whoami (`useSessionToken`'s `tokenize_as`) hands in its own `call`.
 */
export async function fetchSessionAnswer(endpoint: KratosEndpoint, call = WHOAMI): Promise<SessionAnswer> {
  return interpretWhoami(await callKratos(endpoint, call))
}
