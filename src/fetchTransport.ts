import type { KratosListAnswer, KratosTransport } from './transport.js'

const TEXT_SNIPPET_LENGTH = 200

/**
 * Talks to Kratos with `fetch`: `credentials: 'include'` so the browser sends the httpOnly session
 * cookie cross-origin, and `Accept: application/json` because Kratos's flow endpoints answer a
 * browser-looking request with a 303 to HTML otherwise. No axios: ~25 KB brotli saved.
 */
export function createFetchTransport(baseUrl: string): KratosTransport {
  const send = async (path: string, signal?: AbortSignal, method = 'GET'): Promise<KratosListAnswer> =>
    readAnswer(
      await fetch(new URL(path, baseUrl), {
        method,
        credentials: 'include',
        headers: { Accept: 'application/json' },
        ...(signal ? { signal } : {}),
      }),
    )
  return {
    whoami: (signal, tokenizeAs) =>
      send(tokenizeAs ? `sessions/whoami?tokenize_as=${encodeURIComponent(tokenizeAs)}` : 'sessions/whoami', signal),
    createLogoutFlow: (returnTo) =>
      send(returnTo ? `self-service/logout/browser?return_to=${encodeURIComponent(returnTo)}` : 'self-service/logout/browser'),
    updateLogoutFlow: (token) => send(`self-service/logout?token=${encodeURIComponent(token)}`),
    listMySessions: ({ pageSize, pageToken }, signal) => {
      const query = new URLSearchParams()
      if (pageSize !== undefined) query.set('page_size', String(pageSize))
      if (pageToken !== undefined) query.set('page_token', pageToken)
      return send(`sessions?${query}`, signal)
    },
    disableMySession: (id) => send(`sessions/${encodeURIComponent(id)}`, undefined, 'DELETE'),
    disableMyOtherSessions: () => send('sessions', undefined, 'DELETE'),
  }
}

async function readAnswer(response: Response): Promise<KratosListAnswer> {
  const body = await response.text()
  const { status, headers } = response
  // Link and X-Total-Count only page lists; read for every answer to keep this small.
  const answer = { status, retryAfter: headers.get('Retry-After'), link: headers.get('Link'), totalCount: headers.get('X-Total-Count') }
  if (body.trim() === '') return { ...answer, json: undefined, text: undefined }
  try {
    return { ...answer, json: JSON.parse(body) as unknown, text: undefined }
  } catch {
    return { ...answer, json: undefined, text: body.slice(0, TEXT_SNIPPET_LENGTH) }
  }
}
