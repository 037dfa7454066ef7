import { fireEvent, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { FlowForm, useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useVerificationFlow } from '../../src/flows'
import { native } from '../fixtures/native'
import { KRATOS_URL, server } from '../kratos'
import { renderWithSession } from '../render'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

/** The form's input named `name`, once the flow has rendered it. */
const renderedInput = (container: HTMLElement, name: string) =>
  waitFor(() => container.querySelector<HTMLInputElement>(`input[name="${name}"]`) ?? Promise.reject(new Error('no form yet')))

// Rows of the answer table (FLOWS-AND-NATIVE.md, section C wins) that the other files left
// untested, each with Kratos v1.3.1's captured answers, and each failing on the code before its fix.
beforeEach(() => window.history.replaceState(null, '', '/flow'))
afterEach(() => vi.unstubAllGlobals())

describe('answer table gaps', () => {
  it('settings after recovery (a flow Kratos created, no return_to) with returnTo: a save goes to returnTo, not back to this page', async () => {
    // Kratos's redirect_browser_to for a flow without return_to is the settings UI with the same
    // flow (section C 6): following it re-opened this very page instead of the app's returnTo.
    window.history.replaceState(null, '', `/settings?flow=${id('settings-flow-200-after-recovery')}`)
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/flows', 'settings-flow-200-after-recovery')
    kratosAnswers('post', '/self-service/settings', 'settings-password-200-after-recovery')
    const { result, navigate } = renderHookPage(() => useSettingsFlow({ returnTo: '/home' }))
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', password: 'a-new-long-password' }))
    expect(navigate.mock.calls).toEqual([[`${window.location.origin}/home`]])
  })

  it('a page left while its flow loads: the late answer does not write ?flow= into the next page\'s URL', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    let answer: () => void = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.get(`${KRATOS_URL}/self-service/login/browser`, async () => {
        await answered
        const { status, body } = captured('login-init-200')
        return HttpResponse.json(body, { status })
      }),
    )
    const { result, unmount } = renderHookPage(() => useLoginFlow())
    expect(result.current.status).toBe('loading')
    unmount()
    // The app routed on: the verification page from the e-mail link, with its own flow.
    window.history.replaceState(null, '', '/verification?flow=from-the-email-link')
    answer()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(pageUrl().pathname + pageUrl().search).toBe('/verification?flow=from-the-email-link')
  })
})

describe('the flow id in the page URL', () => {
  it('names an API flow (a crafted or native app\'s link): a browser flow is started instead of a form Kratos refuses from any browser', async () => {
    // Kratos serves an API flow to a GET from the browser, but answers every browser submit with
    // 400 "The HTTP Request Header included the Origin key" (section C 9): a form that can never work.
    window.history.replaceState(null, '', `/login?flow=${native.loginInit.body.id}`)
    whoamiAnswers('whoami-401-signed-out')
    server.use(http.get(`${KRATOS_URL}/self-service/login/flows`, () => HttpResponse.json(native.loginInit.body, { status: native.loginInit.status })))
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow())
    await waitFor(() => expect(result.current.flow?.id).toBe(id('login-init-200')))
    expect(result.current.status).toBe('ready')
    expect(inits).toHaveLength(1)
    expect(pageUrl().searchParams.get('flow')).toBe(id('login-init-200'))
  })
})

describe('"Resend code" in the rendered form', () => {
  it.each([
    ['recovery', () => useRecoveryFlow(), 'recovery-init-200', 'recovery-email-200-sent'],
    ['verification', () => useVerificationFlow(), 'verification-init-200', 'verification-email-200-sent'],
  ] as const)('%s: asks for a new code even with something typed in the code box, and the browser may not block it', async (kind, useHook, init, sent) => {
    window.history.replaceState(null, '', `/${kind}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', `/self-service/${kind}/browser`, init)
    const posts = kratosAnswers('post', `/self-service/${kind}`, sent, sent)
    function Page() {
      return <FlowForm flow={useHook()} />
    }
    const { container } = renderWithSession(<Page />)
    fireEvent.change(await screen.findByRole('textbox', { name: 'Email' }), { target: { value: 'someone@example.com' } })
    fireEvent.click(screen.getByRole('button', { name: 'Continue' }))
    const resend = await screen.findByRole('button', { name: 'Resend code' })
    // The code box is required: without formnovalidate the browser refuses this button while it is empty.
    expect(resend.hasAttribute('formnovalidate')).toBe(true)
    // A code typed before (a wrong one, say): Kratos would use it (verification) or the body would
    // drop the e-mail for it (recovery), and no new code would be sent.
    fireEvent.change(container.querySelector('input[name="code"]')!, { target: { value: '000000' } })
    fireEvent.click(resend)
    await waitFor(() => expect(posts).toHaveLength(2))
    const address = captured(sent).body.ui.nodes.find((node: { attributes: { name?: string; type?: string } }) => node.attributes.name === 'email').attributes.value
    expect(posts[1]).toEqual({ csrf_token: expect.any(String), method: 'code', email: address })
  })

  it('code login: the resend button may not be blocked by the empty code box either', async () => {
    window.history.replaceState(null, '', `/login?flow=${id('login-code-400-sent')}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/flows', 'login-code-400-sent')
    function Page() {
      return <FlowForm flow={useLoginFlow()} />
    }
    renderWithSession(<Page />)
    expect((await screen.findByRole('button', { name: 'Resend code' })).hasAttribute('formnovalidate')).toBe(true)
  })
})

describe('two-step registration in the rendered form', () => {
  it('"Back" on the credential step posts screen=previous without a method (Kratos checks method=profile first and would show the credential step again)', async () => {
    window.history.replaceState(null, '', '/registration')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    const posts = kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-init-200')
    let registration: ReturnType<typeof useRegistrationFlow> | undefined
    function Page() {
      registration = useRegistrationFlow()
      return <FlowForm flow={registration} />
    }
    renderWithSession(<Page />)
    await waitFor(() => expect(registration?.status).toBe('ready'))
    await run(() => registration!.submit({ method: 'profile', 'traits.email': 'anna@example.com' }))
    const back = await screen.findByRole('button', { name: 'Back' })
    // The password box is required; browsers honour the button's formnovalidate, jsdom does not.
    expect(back.hasAttribute('formnovalidate')).toBe(true)
    back.closest('form')!.noValidate = true
    fireEvent.click(back)
    await waitFor(() => expect(posts).toHaveLength(2))
    expect(posts[1]).toEqual({ csrf_token: expect.any(String), screen: 'previous', traits: { email: 'anna@example.com' } })
  })
})

// Rows whose captured answers no other test used. These pass on the code as it was: they prove the
// row, and keep it proven.
describe('answer table rows, each with its captured answer', () => {
  it.each([
    ['registration', 'registration-flow-404-unknown', 'registration-init-200', () => useRegistrationFlow()],
    ['settings', 'settings-flow-404-unknown', 'settings-init-200', () => useSettingsFlow()],
    ['recovery', 'recovery-flow-404-unknown', 'recovery-init-200', () => useRecoveryFlow()],
    ['verification', 'verification-flow-404-unknown', 'verification-init-200', () => useVerificationFlow()],
    ['registration', 'registration-flow-get-410-expired', 'registration-init-200', () => useRegistrationFlow()],
    ['verification', 'verification-flow-get-410-expired', 'verification-init-200', () => useVerificationFlow()],
  ] as const)('%s: the URL\'s flow is gone (%s): a new flow is started and put in the URL', async (kind, gone, init, useHook) => {
    window.history.replaceState(null, '', `/${kind}?flow=00000000-0000-4000-8000-000000000000`)
    whoamiAnswers(kind === 'settings' ? 'whoami-200-aal1' : 'whoami-401-signed-out')
    kratosAnswers('get', `/self-service/${kind}/flows`, gone)
    const inits = kratosAnswers('get', `/self-service/${kind}/browser`, init)
    const { result } = renderHookPage(useHook)
    await until(result, 'ready')
    expect(inits).toHaveLength(1)
    expect(pageUrl().searchParams.get('flow')).toBe(id(init))
  })

  it('verification: 403 security_csrf_violation (not 410, section C 10) starts a new flow', async () => {
    window.history.replaceState(null, '', '/verification')
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/verification/browser', 'verification-init-200')
    kratosAnswers('post', '/self-service/verification', 'verification-submit-403-csrf')
    const { result } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'code', email: 'a@example.com' }))).toEqual({ type: 'restarted', reason: 'csrf' })
    expect(inits).toHaveLength(2)
  })

  it('recovery: a used code (flag off: 303 to a new flow, 4000001) is adopted; flag on (400 error naming the flow) reads it', async () => {
    window.history.replaceState(null, '', '/recovery')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    kratosAnswers('post', '/self-service/recovery', 'recovery-code-used-200-new-flow-flag-off', 'recovery-code-400-too-often')
    const reads = kratosAnswers('get', '/self-service/recovery/flows', 'recovery-init-200')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ code: '123456' }))).toEqual({ type: 'updated', replaced: true })
    expect(result.current.messages.map((message) => message.id)).toContain(4000001)
    await run(() => result.current.submit({ code: '123456' }))
    expect(reads).toEqual([{ id: captured('recovery-code-400-too-often').body.error.details.continue_with[0].flow.id }])
    expect(result.current.messages.map((message) => message.text)).toContain(captured('recovery-code-400-too-often').body.error.reason)
  })

  it('login aal2 with TOTP: a wrong code shows 4000008, the right one refetches the session and goes on', async () => {
    window.history.replaceState(null, '', '/login')
    const whoami = whoamiAnswers('whoami-403-aal2-required', 'whoami-200-aal2-after-totp-enrolment')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-aal2-200')
    kratosAnswers('post', '/self-service/login', 'login-aal2-totp-400-invalid', 'login-aal2-totp-200-success')
    const { result, navigate } = renderHookPage(() => useLoginFlow({ aal: 'aal2' }))
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'totp', totp_code: '000000' }))).toEqual({ type: 'updated', replaced: false })
    expect(result.current.messages.map((message) => message.id)).toEqual([4000008])
    const before = whoami.count
    expect(await run(() => result.current.submit({ method: 'totp', totp_code: '123456' }))).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(whoami.count).toBe(before + 1)
    expect(navigate).toHaveBeenCalledWith(captured('login-aal2-totp-200-success').body.continue_with[0].redirect_browser_to)
  })

  it('refresh login (re-authentication): success goes to the return_to Kratos named (its settings endpoint)', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-refresh-200')
    kratosAnswers('post', '/self-service/login', 'login-refresh-200-success')
    const { result, navigate } = renderHookPage(() => useLoginFlow({ refresh: true }))
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', identifier: 'anna@example.com', password: 'pw' }))
    expect(navigate).toHaveBeenCalledWith(captured('login-refresh-200-success').body.continue_with[0].redirect_browser_to)
    expect(result.current.status).toBe('redirecting')
  })

  it('passkey with an unparsable credential: 400 flow with 4000001, shown (not an error)', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-passkey-400-unparsable')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'passkey', passkey_login: 'garbage' }))).toEqual({ type: 'updated', replaced: false })
    expect(result.current.messages.map((message) => message.id)).toEqual([4000001])
  })

  it('code registration: a wrong code shows 4040003; with a session hook the right code signs in and goes on', async () => {
    window.history.replaceState(null, '', '/registration')
    whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-code-400-sent', 'registration-code-400-wrong', 'registration-code-200-success')
    const { result, navigate } = renderHookPage(() => useRegistrationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'code', 'traits.email': 'carl@example.com' }))
    await run(() => result.current.submit({ method: 'code', code: '000000' }))
    expect(result.current.messages.map((message) => message.id)).toEqual([4040003])
    expect(await run(() => result.current.submit({ method: 'code', code: '123456' }))).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(navigate).toHaveBeenCalledWith(captured('registration-code-200-success').body.continue_with[0].redirect_browser_to)
  })

  it.each([
    ['settings-password-400-invalid', { method: 'password', password: 'short' }, 'password', 4000032],
    ['settings-totp-400-invalid', { method: 'totp', totp_code: '000000' }, 'totp_code', 4000008],
  ] as const)('settings validation (%s): the field\'s error, not saved', async (answer, values, field, messageId) => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', answer)
    const { result } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    // (Captured in another flow than settings-init-200, hence "replaced".)
    expect(await run(() => result.current.submit(values))).toMatchObject({ type: 'updated' })
    expect(result.current.fieldErrors[field]?.map((message) => message.id)).toEqual([messageId])
    expect(result.current.saved).toBe(false)
  })

  it('settings: lookup secrets confirmed is a save; the next save goes to the same flow id, not the new id in ui.action (section C 18)', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const urls: string[] = []
    server.use(
      http.post(`${KRATOS_URL}/self-service/settings`, ({ request }) => {
        urls.push(new URL(request.url).searchParams.get('flow')!)
        const { status, body } = captured('settings-lookup-secret-200-confirmed')
        return HttpResponse.json(body, { status })
      }),
    )
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ lookup_secret_confirm: true }))).toEqual({ type: 'saved' })
    await run(() => result.current.submit({ lookup_secret_confirm: true }))
    const confirmed = captured('settings-lookup-secret-200-confirmed').body
    expect(new URL(confirmed.ui.action).searchParams.get('flow')).not.toBe(confirmed.id)
    expect(urls).toEqual([id('settings-init-200'), confirmed.id])
    expect(navigate).not.toHaveBeenCalled()
  })

  it('settings saved for a flow started with returnTo: goes to that return_to', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    const inits = kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved-with-return-to')
    const { result, navigate } = renderHookPage(() => useSettingsFlow({ returnTo: '/account' }))
    await until(result, 'ready')
    expect(inits[0]).toEqual({ return_to: `${window.location.origin}/account` })
    await run(() => result.current.submit({ method: 'password', password: 'a-new-long-password' }))
    expect(navigate.mock.calls).toEqual([[captured('settings-password-200-saved-with-return-to').body.return_to]])
  })
})

describe('passkeys (section D)', () => {
  it('settings: "add a passkey" runs create() from passkey_create_data ({publicKey}) and submits passkey_settings_register', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const create = vi.fn(async () => ({
      id: 'settings-cred',
      rawId: new Uint8Array([8]).buffer,
      type: 'public-key',
      response: { clientDataJSON: new Uint8Array([1]).buffer, attestationObject: new Uint8Array([2]).buffer },
    }))
    vi.stubGlobal('navigator', { ...navigator, credentials: { create, get: vi.fn() } })
    const { result } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.passkey())).toEqual({ type: 'saved' })
    const createData = JSON.parse(captured('settings-init-200').body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'passkey_create_data').attributes.value)
    const options = (create.mock.calls[0] as unknown as [{ publicKey: { user: { name: string; id: ArrayBuffer }; challenge: ArrayBuffer; rp: unknown } }])[0].publicKey
    expect(options.user.name).toBe(createData.publicKey.user.name)
    expect(options.rp).toEqual(createData.publicKey.rp)
    expect(options.challenge).toBeInstanceOf(ArrayBuffer)
    expect(posts[0]).toEqual({ csrf_token: expect.any(String), method: 'passkey', passkey_settings_register: expect.any(String) })
    expect(JSON.parse((posts[0] as { passkey_settings_register: string }).passkey_settings_register)).toMatchObject({ id: 'settings-cred', rawId: 'CA', response: { attestationObject: 'Ag' } })
  })
})

describe('Enter in a field of <FlowForm>', () => {
  // The browser's implicit submission: Enter in a field "clicks" the form's first submit button
  // (Chromium, measured: submitter "Send sign in code", focus still in the password box). Here:
  // the focus in the field, then a click on that first button, which is what Enter amounts to.
  it('login: Enter after the password signs in with the password, not "Send sign in code" (the first button)', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-password-400-invalid-credentials')
    function Page() {
      return <FlowForm flow={useLoginFlow()} />
    }
    const { container } = renderWithSession(<Page />)
    const password = await renderedInput(container, 'password')
    fireEvent.change(container.querySelector('input[name="identifier"]')!, { target: { value: 'alice@example.com' } })
    fireEvent.change(password, { target: { value: 'typed-password' } })
    password.focus()
    const first = container.querySelector<HTMLButtonElement>('button[type="submit"]')!
    expect(first.value).toBe('code')
    fireEvent.click(first)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toEqual({ csrf_token: expect.any(String), identifier: 'alice@example.com', password: 'typed-password', method: 'password' })
  })

  it('settings: Enter after a new password saves the password, not the profile (the first "Save")', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    function Page() {
      return <FlowForm flow={useSettingsFlow()} />
    }
    const { container } = renderWithSession(<Page />)
    const password = await renderedInput(container, 'password')
    fireEvent.change(password, { target: { value: 'a-new-long-password' } })
    password.focus()
    const first = container.querySelector<HTMLButtonElement>('button[type="submit"]')!
    expect(first.value).toBe('profile')
    // jsdom checks the empty TOTP box's `required` on any submit (browsers do not for this one).
    first.closest('form')!.noValidate = true
    fireEvent.click(first)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toEqual({ csrf_token: expect.any(String), password: 'a-new-long-password', method: 'password' })
  })

  it('focus in the identifier (shared by every method): the button pressed decides, as before', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-code-400-sent')
    function Page() {
      return <FlowForm flow={useLoginFlow()} />
    }
    const { container } = renderWithSession(<Page />)
    const identifier = await renderedInput(container, 'identifier')
    fireEvent.change(identifier, { target: { value: 'carl@example.com' } })
    identifier.focus()
    const code = container.querySelector<HTMLButtonElement>('button[value="code"]')!
    code.closest('form')!.noValidate = true
    fireEvent.click(code)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toEqual({ csrf_token: expect.any(String), identifier: 'carl@example.com', method: 'code' })
  })
})
