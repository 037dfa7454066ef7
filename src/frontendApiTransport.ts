import type { FrontendApi } from '@ory/client'
import type { KratosListAnswer, KratosTransport } from './transport.js'

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
    listMySessions: (page, signal) => toAnswer(client.listMySessions(page, signal ? { signal } : {})),
    disableMySession: (id) => toAnswer(client.disableMySession({ id })),
    disableMyOtherSessions: () => toAnswer(client.disableMyOtherSessions()),
  }
}

async function toAnswer(call: Promise<{ status: number; data: unknown; headers: unknown }>): Promise<KratosListAnswer> {
  try {
    const { status, data, headers } = await call
    return fromAxios(status, data, headers)
  } catch (thrown) {
    const response = (thrown as AxiosLikeError | null)?.response
    // No response means the request never got an answer: let the caller treat it as a network error.
    if (!response) throw thrown
    return fromAxios(response.status, response.data, response.headers)
  }
}

function fromAxios(status: number, data: unknown, headers: unknown): KratosListAnswer {
  const answer = {
    status,
    retryAfter: readHeader(headers, 'retry-after'),
    // Only lists are paged; read for every answer to keep this small.
    link: readHeader(headers, 'link'),
    totalCount: readHeader(headers, 'x-total-count'),
  }
  // axios parses JSON itself and hands back the raw string when the body was not JSON.
  if (typeof data === 'string') {
    return data.trim() === ''
      ? { ...answer, json: undefined, text: undefined }
      : { ...answer, json: undefined, text: data.slice(0, 200) }
  }
  return { ...answer, json: data ?? undefined, text: undefined }
}

function readHeader(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== 'object') return null
  // Browsers and Node hand axios lower-case names; a hand-made object may not be.
  const key = Object.keys(headers).find((candidate) => candidate.toLowerCase() === name)
  const value = key === undefined ? undefined : (headers as Record<string, unknown>)[key]
  return typeof value === 'string' ? value : null
}
