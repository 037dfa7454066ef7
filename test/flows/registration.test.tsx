import { beforeEach, describe, expect, it } from 'vitest'
import { useRegistrationFlow } from '../../src/flows'
import { captured, kratosAnswers, openPreparedVerification, preparedVerification, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// The address the captured profile step carries on as a hidden trait.
const email = () => captured('registration-profile-400-next-step').body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'traits.email').attributes.value as string

beforeEach(() => window.history.replaceState(null, '', '/registration'))

describe('useRegistrationFlow (Kratos v1.3.1 answers)', () => {
  it('two steps: 400 after the profile is the next step (credential nodes appear, traits kept hidden), then 200 signs in and goes to the verification flow Kratos prepared', async () => {
    const whoami = whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    const posts = kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-password-400-invalid', 'registration-password-200-success')
    const { result, navigate } = renderHookPage(() => useRegistrationFlow())
    await until(result, 'ready')
    expect(result.current.nodes.some((node) => node.group === 'password')).toBe(false)
    expect(await run(() => result.current.submit({ method: 'profile', 'traits.email': 'bob@example.com' }))).toMatchObject({ type: 'updated' })
    expect(posts[0]).toMatchObject({ method: 'profile', traits: { email: 'bob@example.com' } })
    expect(result.current.nodes.some((node) => node.group === 'password')).toBe(true)

    await run(() => result.current.submit({ method: 'password', password: 'short' }))
    // The trait from step 1 travels as the flow's hidden input, nested as Kratos's JSON decoder wants.
    expect(posts[1]).toMatchObject({ method: 'password', password: 'short', traits: { email: email() } })
    expect(result.current.fieldErrors.password?.[0]?.id).toBe(4000032)

    const before = whoami.count
    expect(await run(() => result.current.submit({ method: 'password', password: 'a-long-password' }))).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(whoami.count).toBe(before + 1)
    // continue_with is [redirect_browser_to, show_verification_ui]: the prepared flow (its code is
    // sent) wins, as in Kratos's own browser redirect; redirect_browser_to would abandon it.
    expect(navigate.mock.calls).toEqual([[preparedVerification('registration-password-200-success')?.url]])
  })

  it('hooks [show_verification_ui] without a session: "registered", and the page goes to the verification flow Kratos prepared, which takes the mailed code', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-password-200-show-verification-ui')
    const { result, navigate } = renderHookPage(() => useRegistrationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'profile', 'traits.email': 'ida@example.com' }))
    const outcome = await run(() => result.current.submit({ method: 'password', password: 'a-long-password' }))
    expect(outcome).toMatchObject({ type: 'completed', result: { type: 'registered' } })
    const flow = preparedVerification('registration-password-200-show-verification-ui')!
    expect(navigate.mock.calls).toEqual([[flow.url]])
    expect(flow.url).toBe(`${window.location.origin}/verification?flow=${flow.id}`)

    // The verification page, opened there, shows that flow (code sent), not a new one.
    const { page, reads, started } = openPreparedVerification(flow.url, 'verification-flow-200-prepared-after-registration')
    const posts = kratosAnswers('post', '/self-service/verification', 'verification-code-200-passed-challenge')
    await until(page.result, 'ready')
    expect(reads).toEqual([{ id: flow.id }])
    expect(started).toEqual([])
    expect(page.result.current.flow?.state).toBe('sent_email')
    expect(await run(() => page.result.current.submit({ method: 'code', code: '123456' }))).toMatchObject({ type: 'completed', result: { type: 'verified' } })
    expect(posts[0]).toMatchObject({ method: 'code', code: '123456' })
  })

  it('code registration: 400 code sent, then 200 without a session is "registered", not "signed in", and goes where Kratos\'s redirect_browser_to says (as its own browser redirect does)', async () => {
    whoamiAnswers('whoami-401-signed-out', 'whoami-401-after-code-registration')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    kratosAnswers('post', '/self-service/registration', 'registration-code-400-sent', 'registration-code-200-no-session')
    const { result, navigate } = renderHookPage(() => useRegistrationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'code', 'traits.email': 'carol@example.com' }))
    expect(result.current.flow?.state).toBe('sent_email')
    const outcome = await run(() => result.current.submit({ method: 'code', code: '123456' }))
    expect(outcome).toMatchObject({ type: 'completed', result: { type: 'registered' } })
    // Found by the port of Kratos's identifier_first/passkeys.login.spec.ts (a passkey sign-up
    // without a session hook lands on default_browser_return_url, /welcome there).
    const [{ redirect_browser_to }] = captured('registration-code-200-no-session').body.continue_with
    expect(navigate.mock.calls).toEqual([[redirect_browser_to]])
    expect(result.current.status).toBe('redirecting')
  })
})
