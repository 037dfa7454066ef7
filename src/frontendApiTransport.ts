import type { FrontendApi } from '@ory/client'
import type { KratosAnswer, KratosListAnswer, KratosTransport } from './transport.js'

/** The parts of an axios error the SDK reads; typed here so the SDK never imports axios. */
interface AxiosLikeError {
  response?: { status: number; data?: unknown; headers?: Record<string, unknown> }
}

/**
 * Routes every call through an app's own @ory/client `FrontendApi` (axios). The app configures it,
 * including `baseOptions: { withCredentials: true }` so the browser sends the session cookie.
 */
export function createFrontendApiTransport(client: FrontendApi): KratosTransport {
  return {
    whoami: (signal, tokenizeAs) =>
      toAnswer(client.toSession(tokenizeAs ? { tokenizeAs } : {}, { signal })),
    createLogoutFlow: (returnTo) => toAnswer(client.createBrowserLogoutFlow(returnTo ? { returnTo } : {})),
    updateLogoutFlow: (token) => toAnswer(client.updateLogoutFlow({ token })),
    listMySessions: (page, signal) =>
      toAnswer(client.listMySessions(page, signal ? { signal } : {}), (answer, headers): KratosListAnswer => ({
        ...answer,
        link: readHeader(headers, 'link'),
        totalCount: readHeader(headers, 'x-total-count'),
      })),
    disableMySession: (id) => toAnswer(client.disableMySession({ id })),
    disableMyOtherSessions: () => toAnswer(client.disableMyOtherSessions()),
  }
}

type AxiosCall = Promise<{ status: number; data: unknown; headers: unknown }>

function toAnswer(call: AxiosCall): Promise<KratosAnswer>
function toAnswer<T extends KratosAnswer>(call: AxiosCall, extend: (answer: KratosAnswer, headers: unknown) => T): Promise<T>
async function toAnswer(call: AxiosCall, extend = (answer: KratosAnswer, _headers: unknown) => answer): Promise<KratosAnswer> {
  try {
    const { status, data, headers } = await call
    return extend(fromAxios(status, data, headers), headers)
  } catch (thrown) {
    const response = (thrown as AxiosLikeError | null)?.response
    // No response means the request never got an answer: let the caller treat it as a network error.
    if (!response) throw thrown
    return extend(fromAxios(response.status, response.data, response.headers), response.headers)
  }
}

function fromAxios(status: number, data: unknown, headers: unknown): KratosAnswer {
  const retryAfter = readHeader(headers, 'retry-after')
  // axios parses JSON itself and hands back the raw string when the body was not JSON.
  if (typeof data === 'string') {
    return data.trim() === ''
      ? { status, json: undefined, text: undefined, retryAfter }
      : { status, json: undefined, text: data.slice(0, 200), retryAfter }
  }
  return { status, json: data ?? undefined, text: undefined, retryAfter }
}

function readHeader(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null
  // axios's AxiosHeaders matches names case-insensitively with get(); a plain object may not.
  const viaGet = typeof (headers as { get?: unknown }).get === 'function' ? (headers as { get(n: string): unknown }).get(name) : undefined
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name)
  const value = viaGet ?? (key === undefined ? undefined : (headers as Record<string, unknown>)[key])
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' ? value : null
}
