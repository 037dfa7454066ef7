import type { FrontendApi } from '@ory/client'
import type { KratosAnswer, KratosTransport } from './transport.js'

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
  }
}

async function toAnswer(call: Promise<{ status: number; data: unknown; headers: unknown }>): Promise<KratosAnswer> {
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
  const value = (headers as Record<string, unknown>)[name]
  return typeof value === 'string' ? value : null
}
