import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { useSettingsFlow, useLoginFlow, useRecoveryFlow, useRegistrationFlow, useVerificationFlow, type FlowOutcome } from '../../src/flows'
import { tokenTransport } from '../../src/native'
import { atTestClock } from '../fixtures/atTestClock'
import { native } from '../fixtures/native'
// Kratos's answer to a login init while signed in: captured on /browser; v1.3.1's login/api init with a
// valid (or aal1, identity-null) X-Session-Token answers the same 400 body, word for word (checked 2026-11-30).
// Kratos v1.3.1's recovery right-code answer with feature_flags.use_continue_with_transitions off (API flows answer it too: FLOWS-AND-NATIVE.md B1).
import recoveryFlagOffCapture from '../fixtures/flows/captured/recovery-code-422-settings-flag-off.json'
import alreadySignedInCapture from '../fixtures/flows/captured/login-init-400-session-already-available.json'
// Kratos v1.3.1's settings init and its answer to an e-mail change (continue_with show_verification_ui),
// captured on /browser; the settings API flow answers the same body apart from `type`.
import settingsInitCapture from '../fixtures/flows/captured/settings-init-200.json'
import verificationPreparedCapture from '../fixtures/flows/captured/settings-profile-200-verification-prepared.json'
import { answers, countRequests, KRATOS_URL, requests, server, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'
import { AAL1_TOKEN, LOGIN_TOKEN, recordingStorage, tokenWhoami } from './nativeKratos'

const KEY = 'ory_session_token'
const recoveryFlagOff = atTestClock(recoveryFlagOffCapture)
const alreadySignedIn = atTestClock(alreadySignedInCapture)
const settingsInit = atTestClock(settingsInitCapture)
const verificationPrepared = atTestClock(verificationPreparedCapture)
const text = (id: string) => screen.getByTestId(id).textContent
type Capture = { status: number; body: unknown }

/** Answers POST /self-service/<kind>?flow= with these captures in turn; records the bodies sent. */
function submits(kind: string, ...captures: Capture[]) {
  const bodies: unknown[] = []
  server.use(
    http.post(`${KRATOS_URL}/self-service/${kind}`, async ({ request }) => {
      bodies.push(await request.json())
      const { status, body } = captures[Math.min(bodies.length - 1, captures.length - 1)]!
      return HttpResponse.json(body as JsonBodyType, { status })
    }),
  )
  return bodies
}
function init(kind: string, capture: Capture, query = '') {
  server.use(http.get(`${KRATOS_URL}/self-service/${kind}/api${query}`, () => HttpResponse.json(capture.body as JsonBodyType, { status: capture.status })))
}

type Hook = ReturnType<typeof useLoginFlow>
let latest: Hook
function FlowProbe({ hook }: { hook: () => Hook }) {
  latest = hook()
  return (
    <>
      <span data-testid="flow-status">{latest.status}</span>
      <span data-testid="flow-result">{latest.status === 'done' ? latest.result.type : ''}</span>
      <span data-testid="flow-error">{latest.error?.kind ?? ''}</span>
      <span data-testid="flow-messages">{latest.messages.map((m) => m.id).join(',')}</span>
      <span data-testid="flow-nodes">{latest.nodes.map((n) => ('name' in n.attributes ? n.attributes.name : '')).join(',')}</span>
    </>
  )
}

function renderTokenFlow(hook: () => unknown, token: string | null = null) {
  const recorded = recordingStorage(token ? { [KEY]: token } : {})
  const onLoginRequired = vi.fn()
  const transport = tokenTransport({ storage: recorded.storage, onLoginRequired })
  const rendered = renderWithSession(<><StatusProbe /><FlowProbe hook={hook as () => Hook} /></>, { transport })
  return { ...rendered, ...recorded, onLoginRequired }
}
async function submit(values: Record<string, unknown>): Promise<FlowOutcome> {
  let outcome!: FlowOutcome
  await act(async () => {
    outcome = await latest.submit(values)
  })
  return outcome
}
/** Every request the SDK sent: never a cookie, always credentials omit. */
function expectIsolation() {
  for (const request of requests) {
    expect(request.credentials).toBe('omit')
    expect(request.headers.get('Cookie')).toBeNull()
    expect(request.headers.get('Origin')).toBeNull()
  }
}

describe('flows hooks in token mode (API flows)', () => {
  it('login: starts /self-service/login/api, submits, stores session_token, signed in without whoami or navigation', async () => {
    tokenWhoami()
    init('login', native.loginInit)
    const bodies = submits('login', { status: 400, body: native.loginWrongPassword.body }, native.loginSuccess)
    const { values, navigate } = renderTokenFlow(() => useLoginFlow())
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    expect(countRequests('/self-service/login/browser')).toBe(0)
    expect(text('flow-nodes')).toContain('password')

    const wrong = await submit({ method: 'password', identifier: 'a@example.com', password: 'nope' })
    expect(wrong.type).toBe('updated')
    expect(text('flow-messages')).toBe('4000006')

    const done = await submit({ method: 'password', identifier: 'a@example.com', password: 'right' })
    expect(done).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    await waitFor(() => expect(text('status-status')).toBe('authenticated'))
    expect(bodies[1]).toEqual({ method: 'password', identifier: 'a@example.com', password: 'right' })
    expect(countRequests('/sessions/whoami')).toBe(0)
    expect(navigate).not.toHaveBeenCalled()
    expectIsolation()
  })

  it('login answered with identity null: stores the token and goes on to login/api?aal=aal2 with it, then aal2', async () => {
    tokenWhoami()
    init('login', native.loginInit)
    const aal2Starts: (string | null)[] = []
    server.use(
      http.get(`${KRATOS_URL}/self-service/login/api`, ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.get('aal') !== 'aal2') return HttpResponse.json(native.loginInit.body as JsonBodyType)
        aal2Starts.push(request.headers.get('X-Session-Token'))
        return HttpResponse.json(native.loginInitAal2.body as JsonBodyType)
      }),
    )
    submits('login', native.loginSuccessAal2Required, native.loginAal2Success)
    const seen: string[] = []
    const { values } = renderTokenFlow(() => {
      const hook = useLoginFlow()
      seen.push(hook.status === 'done' ? `done:${hook.result.type}` : hook.status)
      return hook
    })
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    const first = await submit({ method: 'password', identifier: 'a@example.com', password: 'right' })
    expect(first.type).toBe('updated')
    expect(aal2Starts).toEqual([AAL1_TOKEN])
    expect(values.get(KEY)).toBe(AAL1_TOKEN)
    await waitFor(() => expect(text('status-status')).toBe('aal2_required'))
    expect(text('flow-nodes')).toContain('totp_code')
    expect(seen).not.toContain('done:signed_in')

    const second = await submit({ method: 'totp', totp_code: '123456' })
    expect(second).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    await waitFor(() => expect(text('status-status')).toBe('authenticated'))
    expect(text('status-aal')).toBe('aal2')
    const totpSubmit = requests.filter((r) => r.path === '/self-service/login').at(-1)!
    expect(totpSubmit.headers.get('X-Session-Token')).toBe(AAL1_TOKEN)
    expectIsolation()
  })

  it("registration: stores continue_with's set_ory_session_token and exposes show_verification_ui", async () => {
    tokenWhoami()
    init('registration', native.registrationInit)
    submits('registration', native.registrationSuccess)
    const { values } = renderTokenFlow(() => useRegistrationFlow() as unknown as Hook)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    const done = await submit({ method: 'password', 'traits.email': 'a@example.com', password: 'right' })
    expect(done).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    const token = native.registrationSuccess.body.continue_with.find((item) => item.action === 'set_ory_session_token') as { ory_session_token: string }
    expect(values.get(KEY)).toBe(token.ory_session_token)
    expect(latest.continueWith.map((item) => item.action)).toEqual(['show_verification_ui', 'set_ory_session_token'])
    await waitFor(() => expect(text('status-status')).toBe('authenticated'))
  })

  it('recovery by code: the passed challenge stores its token and finishes with show_settings_ui, never navigating', async () => {
    tokenWhoami()
    init('recovery', native.recoveryInit)
    submits('recovery', native.recoverySent, native.recoverySuccess)
    server.use(
      http.get(`${KRATOS_URL}/sessions/whoami`, ({ request }) =>
        request.headers.get('X-Session-Token') === recoveredToken ? HttpResponse.json(native.whoami200.body as never) : HttpResponse.json(native.whoamiAfterLogout.body, { status: 401 }),
      ),
    )
    const recoveredToken = (native.recoverySuccess.body.continue_with[0] as { ory_session_token: string }).ory_session_token
    const { values, navigate } = renderTokenFlow(() => useRecoveryFlow() as unknown as Hook)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    expect((await submit({ email: 'a@example.com' })).type).toBe('updated')
    const done = await submit({ code: '123456' })
    expect(done).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(values.get(KEY)).toBe(recoveredToken)
    expect(latest.continueWith.find((item) => item.action === 'show_settings_ui')).toBeTruthy()
    await waitFor(() => expect(text('status-status')).toBe('authenticated'))
    expect(navigate).not.toHaveBeenCalled()
  })

  it("recovery with Kratos's use_continue_with_transitions off (422 to the settings UI): a config error that names the flag, nothing stored, no navigation", async () => {
    tokenWhoami()
    init('recovery', native.recoveryInit)
    submits('recovery', native.recoverySent, { status: 422, body: recoveryFlagOff })
    const { values, navigate } = renderTokenFlow(() => useRecoveryFlow() as unknown as Hook)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    await submit({ email: 'a@example.com' })
    const outcome = await submit({ code: '123456' })
    expect(outcome).toMatchObject({ type: 'error', error: { kind: 'config' } })
    expect(outcome.type === 'error' && outcome.error.message).toContain('use_continue_with_transitions')
    expect(text('flow-status')).toBe('ready')
    expect(values.size).toBe(0)
    expect(navigate).not.toHaveBeenCalled()
  })

  it("a provider button in the login API flow (422 redirect_browser_to the provider) is an error pointing at useSocialSignIn: the app's page never leaves", async () => {
    tokenWhoami()
    init('login', native.loginInit)
    const PROVIDER_URL = 'https://idp.example.com/authorize?client_id=kratos&state=abc'
    submits('login', {
      status: 422,
      body: {
        error: { id: 'browser_location_change_required', code: 422, status: 'Unprocessable Entity', reason: `In order to complete this flow please redirect the browser to: ${PROVIDER_URL}`, message: 'browser location change required' },
        redirect_browser_to: PROVIDER_URL,
      },
    })
    const { values, navigate } = renderTokenFlow(() => useLoginFlow())
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    const outcome = await submit({ method: 'oidc', provider: 'generic' })
    expect(outcome).toMatchObject({ type: 'error', error: { kind: 'config' } })
    expect(outcome.type === 'error' && outcome.error.message).toContain('useSocialSignIn')
    expect(text('flow-status')).toBe('ready')
    expect(text('flow-error')).toBe('config')
    expect(values.size).toBe(0)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('verification by code: passed challenge is verified, nothing stored', async () => {
    tokenWhoami()
    init('verification', native.verificationInit)
    submits('verification', native.verificationSent, native.verificationSuccess)
    const { values, navigate } = renderTokenFlow(() => useVerificationFlow() as unknown as Hook)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    await submit({ email: 'a@example.com' })
    const done = await submit({ code: '123456' })
    expect(done).toMatchObject({ type: 'completed', result: { type: 'verified' } })
    expect(values.size).toBe(0)
    expect(navigate).not.toHaveBeenCalled()
  })

  it("login while the token's session is valid (400 session_already_available) is done, already signed in, in React Native (no window.location)", async () => {
    tokenWhoami()
    server.use(http.get(`${KRATOS_URL}/self-service/login/api`, () => HttpResponse.json(alreadySignedIn as JsonBodyType, { status: 400 })))
    // React Native has a `window` without `location`.
    vi.stubGlobal('location', undefined)
    try {
      const { navigate } = renderTokenFlow(() => useLoginFlow(), LOGIN_TOKEN)
      await waitFor(() => expect(text('flow-status')).toBe('done'))
      expect(text('flow-result')).toBe('already_signed_in')
      expect(navigate).not.toHaveBeenCalled()
    } finally {
      vi.unstubAllGlobals()
    }
  })

  it("settings: an e-mail change is saved, Kratos's prepared verification handed over in continueWith, never navigating", async () => {
    tokenWhoami()
    init('settings', { status: 200, body: settingsInit })
    submits('settings', { status: 200, body: verificationPrepared })
    const { navigate } = renderTokenFlow(() => useSettingsFlow() as unknown as Hook, LOGIN_TOKEN)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    expect(await submit({ method: 'profile', 'traits.email': 'iris.new@example.com' })).toEqual({ type: 'saved' })
    expect(text('flow-error')).toBe('')
    const settings = latest as unknown as ReturnType<typeof useSettingsFlow>
    expect(settings.saved).toBe(true)
    const prepared = verificationPrepared.continue_with.find((item: { action: string }) => item.action === 'show_verification_ui')
    expect(settings.continueWith).toContainEqual(prepared)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('settings signed out: tells the app a sign-in is needed (no browser login URL)', async () => {
    tokenWhoami()
    server.use(http.get(`${KRATOS_URL}/self-service/settings/api`, () => HttpResponse.json(native.whoamiAfterLogout.body, { status: 401 })))
    const { navigate, onLoginRequired } = renderTokenFlow(() => useSettingsFlow() as unknown as Hook)
    await waitFor(() => expect(text('flow-status')).toBe('error'))
    expect(onLoginRequired).toHaveBeenCalledWith({ reason: 'signed_out', aal: undefined, refresh: undefined })
    expect(navigate).not.toHaveBeenCalled()
  })
})

describe('flows hooks in cookie mode refuse session tokens', () => {
  it('a login answer carrying session_token is an error; nothing is stored, nobody is signed in', async () => {
    whoami(answers.signedOut())
    server.use(http.get(`${KRATOS_URL}/self-service/login/browser`, () => HttpResponse.json(native.loginInit.body as JsonBodyType)))
    submits('login', native.loginSuccess)
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    renderWithSession(<><StatusProbe /><FlowProbe hook={() => useLoginFlow({ syncUrl: false })} /></>)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    const outcome = await submit({ method: 'password', identifier: 'a@example.com', password: 'right' })
    expect(outcome).toMatchObject({ type: 'error', error: { kind: 'config' } })
    expect(text('status-status')).toBe('unauthenticated')
    expect(setItem.mock.calls.filter(([, value]) => String(value).includes('ory_st_'))).toEqual([])
    for (const request of requests) expect(request.headers.get('X-Session-Token')).toBeNull()
  })

  it("a recovery passed challenge carrying set_ory_session_token is an error", async () => {
    whoami(answers.signedOut())
    server.use(http.get(`${KRATOS_URL}/self-service/recovery/browser`, () => HttpResponse.json(native.recoveryInit.body as JsonBodyType)))
    submits('recovery', native.recoverySuccess)
    renderWithSession(<><StatusProbe /><FlowProbe hook={() => useRecoveryFlow({ syncUrl: false }) as unknown as Hook} /></>)
    await waitFor(() => expect(text('flow-status')).toBe('ready'))
    const outcome = await submit({ code: '123456' })
    expect(outcome).toMatchObject({ type: 'error', error: { kind: 'config' } })
  })
})
