import type { FrontendApi } from '@ory/client'
import { normalizeError, OrySessionError } from './errors.js'
import { toKratosAnswer, type KratosListAnswer } from './kratosAnswer.js'

/** Where Kratos answers: its public URL, and the app's own `FrontendApi` when it handed one in. */
export interface KratosEndpoint {
  readonly baseUrl: string
  readonly client?: FrontendApi | undefined
  /** Token mode (`tokenTransport()`): sends every request instead of the cookie-mode `fetch` below. */
  readonly transport?: { readonly send: (url: URL, init: RequestInit) => Promise<Response> } | undefined
  /** How long a call may take: the provider's (or a loader's) `timeoutMs`; {@link DEFAULT_TIMEOUT_MS} when left out. */
  readonly timeoutMs?: number | undefined
}

/** What an @ory/client (axios) call resolves to, or carries as `response` when it rejects. */
interface AxiosLikeResponse {
  status: number
  data?: unknown
  headers?: unknown
}

/** One Kratos call, written once for each way of reaching Kratos. */
export interface KratosCall {
  /** The path below `baseUrl`, with its query, for `fetch`. */
  readonly path: string
  readonly method?: 'DELETE' | 'POST'
  /** A JSON body (self-service flow submissions), sent as `application/json`. */
  readonly body?: unknown
  /** The same call through the app's `FrontendApi`. */
  readonly viaFrontendApi: (api: FrontendApi, options: { signal: AbortSignal }) => Promise<AxiosLikeResponse>
}

/** How long any Kratos call may take before it counts as a `timeout` error. */
export const DEFAULT_TIMEOUT_MS = 10_000

/**
 * Makes one call and returns Kratos's answer whatever its status. Throws an {@link OrySessionError}
 * only when no answer arrived: `timeout` after `timeoutMs`, else `network`.
 *
 * In token mode the transport's `send` replaces `fetch` (and these credentials: see tokenTransport).
 * With `fetch`: `credentials: 'include'` so the browser sends the httpOnly session cookie
 * cross-origin, and `Accept: application/json` because Kratos's flow endpoints answer a
 * browser-looking request with a 303 to HTML otherwise. `cache: 'no-store'`: a Kratos answer is
 * never reused, and Chromium does not hold a retry behind an earlier request for the same URL
 * that still hangs (its HTTP cache lock; with a whoami preload link, the retries never left the
 * browser). A preloaded whoami is still handed to the first request. No axios unless the app brings it.
 * With a `FrontendApi`: the app configured it (including `withCredentials`); its axios rejects
 * every status above 299, and such a rejection still carries the answer.
 */
export async function callKratos(endpoint: KratosEndpoint, call: KratosCall): Promise<KratosListAnswer> {
  const { timeoutMs = DEFAULT_TIMEOUT_MS } = endpoint
  const timeout = new AbortController()
  const { signal } = timeout
  const timer = setTimeout(() => timeout.abort(), timeoutMs)
  try {
    if (endpoint.client) {
      const { status, data, headers } = await call
        .viaFrontendApi(endpoint.client, { signal })
        .catch((thrown: { response?: AxiosLikeResponse } | null) => thrown?.response ?? Promise.reject(thrown))
      // Browsers and Node hand axios lower-case header names.
      return toKratosAnswer(status, data, (name) => (headers as Record<string, unknown> | undefined)?.[name])
    }
    const response = await (endpoint.transport?.send ?? fetch)(new URL(call.path, endpoint.baseUrl), {
      method: call.method ?? 'GET',
      credentials: 'include',
      // The browser's cache never answers for Kratos, and never holds a retry behind a hung request
      // (see above). Not for a token transport: React Native's fetch (whatwg-fetch) turns no-store into a `_=` query.
      ...(!endpoint.transport && { cache: 'no-store' as const }),
      // Content-Type only with a body: on a GET it would make the request preflighted.
      headers: { Accept: 'application/json', ...(call.body !== undefined && { 'Content-Type': 'application/json' }) },
      // JSON.stringify(undefined) is undefined: no body.
      body: JSON.stringify(call.body),
      signal,
    })
    return toKratosAnswer(response.status, await response.text(), (name) => response.headers.get(name))
  } catch (thrown) {
    if (signal.aborted) {
      throw new OrySessionError('timeout', `Kratos did not answer ${call.path} within ${timeoutMs} ms.`, { cause: thrown })
    }
    throw normalizeError(thrown)
  } finally {
    clearTimeout(timer)
  }
}
