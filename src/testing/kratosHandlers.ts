import type { Session } from '@ory/client'
import { http, HttpResponse } from 'msw'
import { aal2RequiredBody, signedOutBody } from './kratosBodies.js'

/** Options of {@link kratosHandlers}. */
export interface KratosHandlersOptions {
  /** Kratos's public URL, as given to `<SessionProvider baseUrl>`. */
  baseUrl: string
  /** The signed-in session; `null` for nobody. @default null */
  session?: Session | null
  /** Answer whoami with 403 `session_aal2_required` while signed in. @default false */
  aal2Required?: boolean
}

/**
 * MSW request handlers that answer like Kratos, with its real bodies: whoami (200 / 401 / 403
 * `session_aal2_required`) and the browser logout flow (which signs the session out). For app
 * tests that go through the network layer.
 *
 * @example
 * ```ts
 * import { setupServer } from 'msw/node'
 * import { createSession } from 'ory-session-react/testing'
 * import { kratosHandlers } from 'ory-session-react/testing/msw'
 *
 * const server = setupServer(...kratosHandlers({ baseUrl: 'https://kratos.test', session: createSession() }))
 * ```
 */
export function kratosHandlers({ baseUrl, session = null, aal2Required = false }: KratosHandlersOptions) {
  let current = session
  const at = (path: string) => new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
  return [
    http.get(at('sessions/whoami'), () => {
      if (!current) return HttpResponse.json(signedOutBody, { status: 401 })
      if (aal2Required) return HttpResponse.json(aal2RequiredBody(baseUrl), { status: 403 })
      return HttpResponse.json(current)
    }),
    http.get(at('self-service/logout/browser'), () =>
      current
        ? HttpResponse.json({ logout_url: at('self-service/logout?token=msw-logout'), logout_token: 'msw-logout' })
        : HttpResponse.json(signedOutBody, { status: 401 }),
    ),
    http.get(at('self-service/logout'), ({ request }) => {
      if (new URL(request.url).searchParams.get('token') !== 'msw-logout') return HttpResponse.json(signedOutBody, { status: 401 })
      current = null
      return new HttpResponse(null, { status: 204 })
    }),
  ]
}
