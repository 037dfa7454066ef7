import { expect, test } from '@playwright/test'
import { KRATOS, PASSWORD, uniqueEmail } from './flows'
import { nativeApp, type SentRequest } from './nativeApp'
import { totpCode } from './totp'
import { latestCode } from '../../scripts/courier.mjs'

const ADMIN = 'http://localhost:4434'

// Token mode against the real Kratos v1.3.1, from Node with no browser and no cookie jar: what a
// React Native app's fetch does. No page is opened; the SDK's transport sends every request.

/** The isolation rules for every request the SDK sent. */
function expectTokenIsolation(sent: SentRequest[], { withToken = true } = {}) {
  expect(sent.length).toBeGreaterThan(0)
  for (const request of sent) {
    expect(request.credentials, request.url).toBe('omit')
    expect(request.headers.origin, request.url).toBeUndefined()
    expect(request.headers.cookie, request.url).toBeUndefined()
    if (withToken) expect(request.headers['x-session-token'], request.url).toMatch(/^ory_st_/)
  }
}

async function register(app: ReturnType<typeof nativeApp>, email = uniqueEmail()) {
  const flow = await app.call('self-service/registration/api')
  expect(flow.status).toBe(200)
  const traits = { email }
  expect((await app.call(`self-service/registration?flow=${flow.json.id}`, { method: 'profile', traits })).status).toBe(400)
  const done = await app.call(`self-service/registration?flow=${flow.json.id}`, { method: 'password', traits, password: PASSWORD })
  expect(done.status).toBe(200)
  return { email, answer: done.json }
}

async function login(app: ReturnType<typeof nativeApp>, email: string, query = '') {
  const flow = await app.call(`self-service/login/api${query}`)
  expect(flow.status).toBe(200)
  const done = await app.call(`self-service/login?flow=${flow.json.id}`, { method: 'password', identifier: email, password: PASSWORD })
  expect(done.status).toBe(200)
  return done.json
}

test('register and log in through API flows, whoami with the token, logout then whoami 401', async () => {
  const app = nativeApp()
  const { email, answer } = await register(app)
  expect(answer.continue_with.map((item: { action: string }) => item.action)).toContain('set_ory_session_token')
  expect((await app.signIn(answer)).kind).toBe('session')
  expectTokenIsolation(app.sent, { withToken: false })

  const fresh = nativeApp()
  const loggedIn = await login(fresh, email)
  expect(await fresh.signIn(loggedIn)).toMatchObject({ kind: 'session' })
  const token = await fresh.transport.readToken()
  expect(token).toBe(loggedIn.session_token)
  fresh.sent.length = 0
  const whoami = await fresh.whoami()
  expect(whoami.kind === 'session' && whoami.session.identity?.traits.email).toBe(email)
  expectTokenIsolation(fresh.sent)

  fresh.sent.length = 0
  await fresh.logout()
  expect(fresh.sent.map((request) => `${request.method} ${new URL(request.url).pathname}`)).toEqual(['DELETE /self-service/logout/api'])
  expectTokenIsolation(fresh.sent)
  expect(await fresh.transport.readToken()).toBeNull()
  const after = await fetch(`${KRATOS}/sessions/whoami`, { headers: { Accept: 'application/json', 'X-Session-Token': token! } })
  expect(after.status).toBe(401)
  // And the SDK, with no token left, is signed out without asking.
  fresh.sent.length = 0
  expect(await fresh.whoami()).toEqual({ kind: 'signed_out' })
  expect(fresh.sent).toEqual([])
})

test('a whoami 401 removes the stored token (a token logged out elsewhere)', async () => {
  const app = nativeApp()
  const { answer } = await register(app)
  await app.signIn(answer)
  const token = await app.transport.readToken()
  // Another device ends this session.
  const ended = await fetch(`${KRATOS}/self-service/logout/api`, {
    method: 'DELETE',
    headers: { Accept: 'application/json', 'Content-Type': 'application/json' },
    body: JSON.stringify({ session_token: token }),
  })
  expect(ended.status).toBe(204)
  expect(await app.whoami()).toEqual({ kind: 'signed_out' })
  expect(await app.transport.readToken()).toBeNull()
})

test('TOTP step-up with the token: identity null at aal1, whoami 403, login/api?aal=aal2 with the token, then aal2', async () => {
  const app = nativeApp()
  const { email, answer } = await register(app)
  await app.signIn(answer)
  // Enrol TOTP in the settings API flow, with the token.
  const settings = await app.call('self-service/settings/api')
  expect(settings.status).toBe(200)
  const secret = settings.json.ui.nodes.find((node: { attributes: { id?: string } }) => node.attributes.id === 'totp_secret_key').attributes.text.text
  const used = new Set<string>([totpCode(secret)])
  expect((await app.call(`self-service/settings?flow=${settings.json.id}`, { method: 'totp', totp_code: totpCode(secret) })).status).toBe(200)

  const phone = nativeApp()
  const aal1 = await login(phone, email)
  expect(aal1.session.identity).toBeNull()
  expect(await phone.signIn(aal1)).toMatchObject({ kind: 'aal2_required' })
  const aal1Token = await phone.transport.readToken()
  expect(aal1Token).toBe(aal1.session_token)

  phone.sent.length = 0
  const flow = await phone.call('self-service/login/api?aal=aal2')
  expect(flow.status).toBe(200)
  expect(flow.json.requested_aal).toBe('aal2')
  let code = totpCode(secret)
  while (used.has(code)) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    code = totpCode(secret)
  }
  const stepped = await phone.call(`self-service/login?flow=${flow.json.id}`, { method: 'totp', totp_code: code })
  expect(stepped.status).toBe(200)
  expect(await phone.signIn(stepped.json)).toMatchObject({ kind: 'session', session: { authenticator_assurance_level: 'aal2' } })
  expectTokenIsolation(phone.sent)
  const whoami = await phone.whoami()
  expect(whoami.kind === 'session' && whoami.session.authenticator_assurance_level).toBe('aal2')
})

test('re-authentication with the token: login/api?refresh=true moves authenticated_at', async () => {
  const app = nativeApp()
  const { email, answer } = await register(app)
  await app.signIn(answer)
  const before = Date.parse(answer.session.authenticated_at)
  await new Promise((resolve) => setTimeout(resolve, 1100))
  app.sent.length = 0
  const flow = await app.call('self-service/login/api?refresh=true')
  expect(flow.status).toBe(200)
  expect(flow.json.refresh).toBe(true)
  const again = await app.call(`self-service/login?flow=${flow.json.id}`, { method: 'password', identifier: email, password: PASSWORD })
  expect(again.status).toBe(200)
  await app.signIn(again.json)
  const whoami = await app.whoami()
  expect(whoami.kind === 'session' && Date.parse(whoami.session.authenticated_at!)).toBeGreaterThan(before)
  expectTokenIsolation(app.sent)
})

test("isolation: Kratos answers 400 to an API flow submit with an Origin or a Cookie; the SDK's own submit passes", async () => {
  const app = nativeApp()
  const { email } = await register(app)
  const flow = await app.call('self-service/login/api')
  const body = JSON.stringify({ method: 'password', identifier: email, password: PASSWORD })
  const headers = { Accept: 'application/json', 'Content-Type': 'application/json' }
  for (const extra of [{ Origin: 'http://localhost:5173' }, { Cookie: 'some=cookie' }]) {
    const refused = await fetch(`${KRATOS}/self-service/login?flow=${flow.json.id}`, { method: 'POST', headers: { ...headers, ...extra }, body })
    expect(refused.status).toBe(400)
    expect((await refused.json()).ui.messages[0].id).toBe(4000001)
  }
  app.sent.length = 0
  const accepted = await app.call(`self-service/login?flow=${flow.json.id}`, { method: 'password', identifier: email, password: PASSWORD })
  expect(accepted.status).toBe(200)
  expectTokenIsolation(app.sent, { withToken: false })
})

test('social sign-in: the login flow carries an exchange code; exchanging it before any provider login is a 404', async () => {
  const app = nativeApp()
  const returnTo = 'http://localhost:5173/native-callback'
  const flow = await app.call(`self-service/login/api?return_session_token_exchange_code=true&return_to=${encodeURIComponent(returnTo)}`)
  expect(flow.status).toBe(200)
  expect(flow.json.session_token_exchange_code).toMatch(/^\w{20,}$/)
  const exchange = await app.call(`sessions/token-exchange?init_code=${flow.json.session_token_exchange_code}&return_to_code=not-a-code`)
  expect(exchange.status).toBe(404)
  expectTokenIsolation(app.sent, { withToken: false })
})

// The flows hooks' API-flow mode: the same engine as useLoginFlow & co., from Node.
test.describe('flows hooks on API flows (token mode)', () => {
  test('registration and login through the flow engine store the token; a TOTP login goes on to aal2 with it', async () => {
    const app = nativeApp()
    const email = uniqueEmail()
    const registration = await app.flow('registration')
    expect(registration.getState().status).toBe('ready')
    expect((await registration.submit({ method: 'profile', 'traits.email': email })).type).toBe('updated')
    const registered = await registration.submit({ method: 'password', 'traits.email': email, password: PASSWORD })
    expect(registered).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(await app.transport.readToken()).toMatch(/^ory_st_/)
    expectTokenIsolation(app.sent.slice(1), { withToken: false })

    // Enrol TOTP with the settings flow engine (sent with the token).
    const settings = await app.flow('settings')
    const secretNode = settings.getState().nodes.find((node) => node.attributes.node_type === 'text' && node.attributes.id === 'totp_secret_key')
    const secret = (secretNode!.attributes as { text: { text: string } }).text.text
    const enrolCode = totpCode(secret)
    expect(await settings.submit({ method: 'totp', totp_code: enrolCode })).toEqual({ type: 'saved' })

    const phone = nativeApp()
    const login = await phone.flow('login')
    const first = await login.submit({ method: 'password', identifier: email, password: PASSWORD })
    // identity null at aal1: the engine stored the token and started login/api?aal=aal2 with it.
    expect(first.type).toBe('updated')
    expect(login.getState().flow?.requested_aal).toBe('aal2')
    expect(phone.sent.at(-1)?.url).toContain('/self-service/login/api?aal=aal2')
    expect(phone.sent.at(-1)?.headers['x-session-token']).toBe(await phone.transport.readToken())
    let code = totpCode(secret)
    while (code === enrolCode) {
      await new Promise((resolve) => setTimeout(resolve, 1000))
      code = totpCode(secret)
    }
    expect(await login.submit({ method: 'totp', totp_code: code })).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    const whoami = await phone.whoami()
    expect(whoami.kind === 'session' && whoami.session.authenticator_assurance_level).toBe('aal2')
    expectTokenIsolation(phone.sent.slice(1), { withToken: false })
    for (const request of phone.sent) expect(request.url).not.toContain('/browser')
  })

  test('recovery and verification by code on API flows (use_continue_with_transitions on)', async () => {
    const app = nativeApp()
    const email = uniqueEmail()
    const registration = await app.flow('registration')
    await registration.submit({ method: 'profile', 'traits.email': email })
    await registration.submit({ method: 'password', 'traits.email': email, password: PASSWORD })
    const verificationCode = await latestCode(ADMIN, email, { templateTypes: ['verification_code_valid'] })

    // Verification by code on a fresh (signed-out) app.
    const other = nativeApp()
    const verification = await other.flow('verification')
    expect((await verification.submit({ method: 'code', email })).type).toBe('updated')
    const sent = await latestCode(ADMIN, email, { templateTypes: ['verification_code_valid'], skip: [verificationCode.id] })
    expect(await verification.submit({ method: 'code', code: sent.code })).toMatchObject({ type: 'completed', result: { type: 'verified' } })
    expect(await other.transport.readToken()).toBeNull()

    // Recovery by code signs the phone in with continue_with's set_ory_session_token.
    const phone = nativeApp()
    const recovery = await phone.flow('recovery')
    expect((await recovery.submit({ method: 'code', email })).type).toBe('updated')
    const recoveryCode = await latestCode(ADMIN, email, { templateTypes: ['recovery_code_valid'] })
    const recovered = await recovery.submit({ method: 'code', code: recoveryCode.code })
    expect(recovered).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(recovery.getState().continueWith.map((item) => item.action)).toContain('show_settings_ui')
    const whoami = await phone.whoami()
    expect(whoami.kind === 'session' && whoami.session.identity?.traits.email).toBe(email)
    expectTokenIsolation(phone.sent, { withToken: false })
  })
})
