import { expect, test } from '@playwright/test'
import { writeFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { join } from 'node:path'
import { tmpdir } from 'node:os'
// scripts/kratos.mjs is plain JavaScript shared with `npm run demo`.
// @ts-expect-error no type declarations for the script
import { startKratos } from '../../scripts/kratos.mjs'
import { freePorts } from '../../scripts/ports.mjs'
import { socialSignIn } from '../../src/native/socialSignIn'
import { nativeApp } from './nativeApp'
import { kratosOidcOverlay } from './nativeOidc/kratosOidcOverlay'
import { startOidcProvider } from './nativeOidc/localOidcProvider.mjs'

// Native social sign-in end to end: a real Kratos v1.3.1 (its own, the capture config plus an
// OpenID Connect provider) and a real OpenID Connect provider (oidc-provider), both on ports the
// system hands out as free: fixed ones in the ephemeral range were taken by other connections.
// The app side is the SDK from Node (no cookie jar); the "auth session" the app opens is a small
// browser stand-in with its own cookie jar that follows redirects and fills the provider's forms.

const RETURN_TO = 'myapp://auth/callback'
const CAPTURE_DIR = fileURLToPath(new URL('../fixtures/native/capture/', import.meta.url))
const LOG_FILE = join(tmpdir(), 'ory-session-react-native-oidc-kratos.log')

// Where the two servers are, once beforeAll has started them.
let kratosUrl = ''
let issuer = ''
let stop: (() => Promise<void>)[] = []
test.beforeAll(async () => {
  // A connection may still take a port between freePorts() and Kratos's bind: then new ports.
  for (let attempt = 1; ; attempt++) {
    const [publicPort = 0, adminPort = 0] = await freePorts(2)
    kratosUrl = `http://localhost:${publicPort}`
    const provider = await startOidcProvider({ redirectUri: `${kratosUrl}/self-service/methods/oidc/callback/local` })
    stop.push(provider.stop)
    issuer = provider.issuer
    const overlay = join(tmpdir(), `ory-session-react-native-oidc-${process.pid}.json`)
    writeFileSync(overlay, JSON.stringify(kratosOidcOverlay({ publicPort, adminPort, issuer })))
    try {
      // portWaitMs 0: a fresh port that is busy stays busy (a TIME_WAIT lasts 60 s); take others.
      const kratos = await startKratos({ config: ['kratos.yml', overlay], cwd: CAPTURE_DIR, publicUrl: kratosUrl, ports: [publicPort, adminPort], portWaitMs: 0, logFile: LOG_FILE })
      stop.push(kratos.stop)
      return
    } catch (error) {
      if (attempt === 3 || !/in use/.test(String(error))) throw error
      await stop.pop()?.()
    }
  }
})
test.afterAll(async () => {
  for (const end of stop.reverse()) await end()
  stop = []
})

/** What `WebBrowser.openAuthSessionAsync` does: a browser that ends on the app's link. */
function authSession(email: string, visited: string[]) {
  return async (url: string, returnTo: string) => {
    const jar = new Map<string, string>()
    const cookies = (at: URL) => [...jar].filter(([key]) => key.startsWith(`${at.host}|`)).map(([key, value]) => `${key.split('|')[1]}=${value}`).join('; ')
    let next: { url: string; init: RequestInit } = { url, init: {} }
    for (let hop = 0; hop < 20; hop++) {
      if (next.url.startsWith(returnTo)) return next.url
      const at = new URL(next.url)
      visited.push(`${next.init.method ?? 'GET'} ${at.origin}${at.pathname}`)
      const response = await fetch(at, { ...next.init, redirect: 'manual', headers: { ...(next.init.headers as Record<string, string>), Cookie: cookies(at) } })
      for (const cookie of response.headers.getSetCookie()) {
        const [pair = ''] = cookie.split(';')
        const [name = '', ...value] = pair.split('=')
        jar.set(`${at.host}|${name}`, value.join('='))
      }
      const location = response.headers.get('location')
      if (location) {
        next = { url: new URL(location, at).href, init: {} }
        continue
      }
      // oidc-provider's development interactions: a login form, then a consent form.
      const page = await response.text()
      const action = /action="([^"]+)"/.exec(page)?.[1]
      if (!action) throw new Error(`the auth session stopped at ${at.href} (${response.status}): ${page.slice(0, 200)}`)
      const form = /name="login"/.test(page) ? { prompt: 'login', login: email, password: 'any' } : { prompt: 'consent' }
      next = { url: new URL(action, at).href, init: { method: 'POST', headers: { 'Content-Type': 'application/x-www-form-urlencoded' }, body: new URLSearchParams(form).toString() } }
    }
    throw new Error('the auth session did not end on the app link')
  }
}

test('social sign-in with the exchange code: provider page in an auth session, token by exchange, whoami with it', async () => {
  const app = nativeApp(undefined, kratosUrl)
  const email = `social-${Date.now()}@example.com`
  const visited: string[] = []
  const answer = await socialSignIn({ ...app.context, transport: app.transport }, 'local', RETURN_TO, authSession(email, visited))
  expect(answer).toMatchObject({ kind: 'session' })
  // The auth session went to the provider and back through Kratos's callback; the token never did.
  expect(visited[0]).toBe(`GET ${issuer}/auth`)
  expect(visited).toContain(`GET ${kratosUrl}/self-service/methods/oidc/callback/local`)
  const token = await app.transport.readToken()
  expect(token).toMatch(/^ory_st_/)

  const whoami = await app.whoami()
  expect(whoami.kind === 'session' && whoami.session.identity?.traits.email).toBe(email)
  expect(app.sent.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual([
    'GET /self-service/login/api',
    'POST /self-service/login',
    'GET /sessions/token-exchange',
    'GET /sessions/whoami',
  ])
  for (const request of app.sent) {
    expect(request.credentials).toBe('omit')
    expect(request.headers.origin).toBeUndefined()
    expect(request.headers.cookie).toBeUndefined()
  }

  // Signing in again with the same provider account finds the same identity.
  const again = nativeApp(undefined, kratosUrl)
  const second = await socialSignIn({ ...again.context, transport: again.transport }, 'local', RETURN_TO, authSession(email, []))
  expect(second?.kind === 'session' && second.session.identity?.id).toBe(whoami.kind === 'session' ? whoami.session.identity?.id : 'none')
})
