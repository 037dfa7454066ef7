import { fireEvent, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useVerificationFlow } from '../../src/flows'
import { native } from '../fixtures/native'
import { KRATOS_URL, server } from '../kratos'
import { renderWithSession } from '../render'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Rows of the answer table (FLOWS-AND-NATIVE.md, section C wins) that the other files left
// untested, each with Kratos v1.3.1's captured answers, and each failing on the code before its fix.
beforeEach(() => window.history.replaceState(null, '', '/flow'))

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
