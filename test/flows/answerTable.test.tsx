import { fireEvent, screen, waitFor } from '@testing-library/react'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useVerificationFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, id, kratosAnswers, pageUrl, preparedVerification, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// More rows of the answer table, each against the shared captures (test/fixtures/flows/captured).
beforeEach(() => window.history.replaceState(null, '', '/flow'))

describe('answer table: replaced and expired flows', () => {
  it.each([
    ['recovery', useRecoveryFlow, 'recovery-init-200', 'recovery-submit-expired-200-new-flow', { email: 'a@b.c' }],
    ['verification', useVerificationFlow, 'verification-init-200', 'verification-submit-expired-200-new-flow', { email: 'a@b.c' }],
  ] as const)('%s: an expired POST that fetch followed (303) to a new flow is adopted and put in the URL', async (kind, useHook, init, answer, values) => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', `/self-service/${kind}/browser`, init)
    kratosAnswers('post', `/self-service/${kind}`, answer)
    const { result } = renderHookPage(() => useHook())
    await until(result, 'ready')
    expect(await run(() => result.current.submit(values))).toEqual({ type: 'updated', replaced: true })
    expect(pageUrl().searchParams.get('flow')).toBe(id(answer))
  })

  it.each([
    ['registration', useRegistrationFlow, 'registration-init-200', 'registration-submit-410-expired', 'registration-flow-200-replacement'],
    ['settings', useSettingsFlow, 'settings-init-200', 'settings-submit-410-expired', 'settings-flow-200-replacement'],
    ['verification', useVerificationFlow, 'verification-init-200', 'verification-code-410-replaced-after-pass', 'verification-init-200'],
  ] as const)('%s: 410 with use_flow_id reads that flow (no reload, no new start)', async (kind, useHook, init, gone, replacement) => {
    whoamiAnswers('whoami-200-aal1')
    const inits = kratosAnswers('get', `/self-service/${kind}/browser`, init)
    kratosAnswers('post', `/self-service/${kind}`, gone)
    const reads = kratosAnswers('get', `/self-service/${kind}/flows`, replacement)
    const { result } = renderHookPage(() => useHook())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', password: 'a-long-password' }))
    expect(reads).toEqual([{ id: captured(gone).body.use_flow_id }])
    expect(inits).toHaveLength(1)
    expect(result.current.status).toBe('ready')
  })

  it('GET of a flow without its CSRF cookie (403): starts a new flow', async () => {
    window.history.replaceState(null, '', '/login?flow=someone-elses')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/flows', 'login-flow-get-403-csrf')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(inits).toHaveLength(1)
  })
})

describe('answer table: more 200s and 400s', () => {
  it('aal2 asked when already aal2 (400 session_already_available): done, to return_to', async () => {
    whoamiAnswers('whoami-200-aal2-after-totp-enrolment')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-aal2-400-already-aal2')
    const { result, navigate } = renderHookPage(() => useLoginFlow({ aal: 'aal2', returnTo: '/billing' }))
    await until(result, 'redirecting')
    expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/billing`)
  })

  it('a used login flow submitted again while signed in: 400 with a flow (4000001), shown, not an error', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-submit-400-used-flow-signed-in')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', password: 'pw' }))
    expect(result.current.messages.map((message) => message.id)).toContain(4000001)
    expect(result.current.status).toBe('ready')
  })

  it('code login resend (400, same flow, sent_email) and an unknown address (400, 4000035) are flows, not failures', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-code-400-resent', 'login-code-400-unknown-address')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'code', resend: 'code' }))).toMatchObject({ type: 'updated' })
    expect(result.current.flow?.state).toBe('sent_email')
    await run(() => result.current.submit({ method: 'code', identifier: 'nobody@example.com' }))
    const ids = [...result.current.messages, ...Object.values(result.current.fieldErrors).flat()].map((message) => message.id)
    expect(ids).toContain(4000035)
  })

  it('registration with an address that exists: 400, message 4000007', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-password-400-duplicate')
    const { result } = renderHookPage(() => useRegistrationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', password: 'pw' }))
    const ids = [...result.current.messages, ...Object.values(result.current.fieldErrors).flat()].map((message) => message.id)
    expect(ids).toContain(4000007)
  })

  it('settings profile change that needs verification: goes to the verification flow Kratos prepared (show_verification_ui), not redirect_browser_to', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-profile-200-verification-needed')
    const { result, navigate } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    const flow = preparedVerification('settings-profile-200-verification-needed')!
    expect(await run(() => result.current.submit({ method: 'profile', 'traits.email': 'new@example.com' }))).toEqual({ type: 'redirecting', to: flow.url })
    expect(navigate.mock.calls).toEqual([[flow.url]])
  })

  it('lookup secrets: "regenerate" answers 200 show_form with the codes (not yet saved); the renderer shows them', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-lookup-secret-200-regenerated')
    let settings: ReturnType<typeof useSettingsFlow> | undefined
    function Page() {
      settings = useSettingsFlow()
      return <FlowForm flow={settings} />
    }
    const { container } = renderWithSession(<Page />)
    await screen.findByRole('button', { name: /generate new backup recovery codes/i })
    const button = screen.getByRole('button', { name: /generate new backup recovery codes/i })
    // The password and TOTP boxes are required: the browser must not block this button...
    expect(button.hasAttribute('formnovalidate')).toBe(true)
    // ...but jsdom ignores formnovalidate (browsers honour it), so let this form skip validation here.
    button.closest('form')!.noValidate = true
    fireEvent.click(button)
    await waitFor(() => expect(posts).toHaveLength(1))
    const codes = await screen.findByRole('list')
    // Only this method's fields (not the e-mail, empty password or TOTP boxes of the same form).
    expect(posts[0]).toEqual({ csrf_token: expect.any(String), method: 'lookup_secret', lookup_secret_regenerate: true })
    expect(codes.querySelectorAll('li').length).toBeGreaterThan(5)
    expect(settings?.saved).toBe(false)
    expect(container.querySelector('button[name="lookup_secret_confirm"]')).not.toBeNull()
  })

  it('the e-mail link lands on ?flow= with the code prefilled: the flow is read and the code is in its node', async () => {
    window.history.replaceState(null, '', `/verification?flow=${id('verification-flow-200-code-prefilled')}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/verification/flows', 'verification-flow-200-code-prefilled')
    const { result } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    const code = result.current.nodes.find((node) => node.attributes.node_type === 'input' && node.attributes.name === 'code')
    expect(code?.attributes.node_type === 'input' && code.attributes.value).toBeTruthy()
  })
})
