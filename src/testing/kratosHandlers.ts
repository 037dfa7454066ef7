import type { Session } from '@ory/client'
import { http, HttpResponse } from 'msw'
import { aal1RequiredBody, aal2LoginFlowBody, aal2RequiredBody, signedOutBody } from './kratosBodies.js'

/** Options of {@link kratosHandlers}. */
export interface KratosHandlersOptions {
  /** Kratos's public URL, as given to `<SessionProvider baseUrl>`. */
  baseUrl: string
  /** The signed-in session; `null` for nobody. @default null */
  session?: Session | null
  /** Answer whoami with 403 `session_aal2_required` while signed in. @default false */
  aal2Required?: boolean
  /**
   * Whether the identity has a second factor: the aal2 login flow (`GET
   * /self-service/login/browser?aal=aal2`, what the guards check before a step-up) offers TOTP, or
   * nothing. @default true
   */
  secondFactor?: boolean
}

/**
 * MSW request handlers that answer like Kratos, with its real bodies: whoami (200 / 401 / 403
 * `session_aal2_required`), the aal2 login flow init, and the browser logout flow (which signs the
 * session out). For app tests that go through the network layer.
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
export function kratosHandlers({ baseUrl, session = null, aal2Required = false, secondFactor = true }: KratosHandlersOptions) {
  let current = session
  const at = (path: string) => new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).href
  return [
    http.get(at('sessions/whoami'), () => {
      if (!current) return HttpResponse.json(signedOutBody, { status: 401 })
      if (aal2Required) return HttpResponse.json(aal2RequiredBody(baseUrl), { status: 403 })
      return HttpResponse.json(current)
    }),
    http.get(at('self-service/login/browser'), ({ request }) => {
      // Other login inits are the app's own login page's business: left to the app's handlers.
      if (new URL(request.url).searchParams.get('aal') !== 'aal2') return undefined
      if (!current) return HttpResponse.json(aal1RequiredBody, { status: 401 })
      return HttpResponse.json(aal2LoginFlowBody(baseUrl, secondFactor))
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
