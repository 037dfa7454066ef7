import { http, HttpResponse, type JsonBodyType } from 'msw'
import { setupServer } from 'msw/node'
import { activeAal2Session, kratosErrors } from './fixtures'

/** Where the tests' Kratos lives. Only MSW answers here. */
export const KRATOS_URL = 'http://kratos.test'

export const server = setupServer()

/** Counts the requests MSW saw, by path, for "N consumers → 1 request" style assertions. */
export const requests: { path: string; headers: Headers; credentials: RequestCredentials }[] = []
export const countRequests = (path: string) => requests.filter((request) => request.path === path).length

server.events.on('request:start', ({ request }) => {
  requests.push({ path: new URL(request.url).pathname, headers: request.headers, credentials: request.credentials })
})

/** whoami answers with `resolver`'s response every time. */
export function whoami(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get(`${KRATOS_URL}/sessions/whoami`, resolver))
}

/** Kratos's aal2 login flow init (`GET /self-service/login/browser?aal=aal2`) answers with `resolver`'s response. */
export function aal2LoginFlow(resolver: Parameters<typeof http.get>[1]) {
  server.use(http.get(`${KRATOS_URL}/self-service/login/browser`, resolver))
}
export const AAL2_INIT = '/self-service/login/browser'

export const answers = {
  session: (session = activeAal2Session) => () => HttpResponse.json(session),
  signedOut: () => () => HttpResponse.json(kratosErrors.whoami401, { status: 401 }),
  aal2Required: () => () => HttpResponse.json(kratosErrors.whoami403Aal2, { status: 403 }),
  status: (status: number, body: JsonBodyType = { error: { code: status, message: 'boom' } }) => () =>
    HttpResponse.json(body, { status }),
  networkError: () => () => HttpResponse.error(),
}

/** Kratos's logout flow: 200 with a token, then 204 for that token. */
export function logoutFlow({ signedIn = true } = {}) {
  server.use(
    http.get(`${KRATOS_URL}/self-service/logout/browser`, () =>
      signedIn
        ? HttpResponse.json({ logout_url: `${KRATOS_URL}/self-service/logout?token=tok`, logout_token: 'tok' })
        : HttpResponse.json(kratosErrors.sessionInactive401, { status: 401 }),
    ),
    http.get(`${KRATOS_URL}/self-service/logout`, ({ request }) =>
      new URL(request.url).searchParams.get('token') === 'tok'
        ? new HttpResponse(null, { status: 204 })
        : HttpResponse.json({ error: { code: 401, message: 'bad token' } }, { status: 401 }),
    ),
  )
}
