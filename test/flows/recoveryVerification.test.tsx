import { beforeEach, describe, expect, it } from 'vitest'
import { useRecoveryFlow, useVerificationFlow } from '../../src/flows'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/recovery'))

describe('useRecoveryFlow (Kratos v1.3.1 answers)', () => {
  it('e-mail → 200 code sent; wrong code → 200 with 4060006; the code is sent without the e-mail (else Kratos resends)', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    const posts = kratosAnswers('post', '/self-service/recovery', 'recovery-email-200-sent', 'recovery-code-200-wrong')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'code', email: 'alice@example.com' }))
    expect(result.current.flow?.state).toBe('sent_email')
    await run(() => result.current.submit({ code: '000000', email: 'alice@example.com' }))
    expect(posts[1]).toEqual({ csrf_token: expect.any(String), method: 'code', code: '000000' })
    const messageIds = [...result.current.messages, ...Object.values(result.current.fieldErrors).flat()].map((m) => m.id)
    expect(messageIds).toContain(4060006)
    expect(result.current.status).toBe('ready')
  })

  it('right code, flag off: 422 to the settings UI → refetch the session and navigate there in-app', async () => {
    const whoami = whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    kratosAnswers('post', '/self-service/recovery', 'recovery-code-422-settings-flag-off')
    const { result, navigate } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    const before = whoami.count
    await run(() => result.current.submit({ code: '123456' }))
    expect(whoami.count).toBe(before + 1)
    expect(navigate).toHaveBeenCalledWith(captured('recovery-code-422-settings-flag-off').body.redirect_browser_to)
  })

  it('right code, flag on: 200 passed_challenge + show_settings_ui → refetch and go to that settings flow', async () => {
    const whoami = whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    kratosAnswers('post', '/self-service/recovery', 'recovery-code-200-passed-challenge')
    const { result, navigate } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    const before = whoami.count
    expect(await run(() => result.current.submit({ code: '123456' }))).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(whoami.count).toBe(before + 1)
    expect(navigate).toHaveBeenCalledWith(captured('recovery-code-200-passed-challenge').body.continue_with[0].flow.url)
  })

  it('a POST that fetch followed through a 303 to a DIFFERENT flow: adopt it (URL too) and mark it replaced', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    kratosAnswers('post', '/self-service/recovery', 'recovery-code-too-often-200-new-flow-flag-off')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ code: '000000' }))).toEqual({ type: 'updated', replaced: true })
    expect(result.current.flow?.id).toBe(id('recovery-code-too-often-200-new-flow-flag-off'))
    expect(pageUrl().searchParams.get('flow')).toBe(id('recovery-code-too-often-200-new-flow-flag-off'))
    expect(result.current.messages[0]?.text).toMatch(/submitted too often/)
  })

  it('flag on retry: 400 {error} without an id naming show_recovery_ui → reads that flow (never stores the error as a flow)', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    kratosAnswers('post', '/self-service/recovery', 'recovery-code-400-used')
    const reads = kratosAnswers('get', '/self-service/recovery/flows', 'recovery-init-200')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ code: '123456' }))
    expect(reads[0]).toEqual({ id: captured('recovery-code-400-used').body.error.details.continue_with[0].flow.id })
    expect(result.current.flow?.ui).toBeDefined()
    expect(result.current.messages.map((m) => m.text)).toContain('The code was already used. Please request another code.')
  })

  it('403 security_csrf_violation on recovery: the flow is dead, a new one is started', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    kratosAnswers('post', '/self-service/recovery', 'recovery-submit-403-csrf')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ email: 'a@b.c' }))).toEqual({ type: 'restarted', reason: 'csrf' })
    expect(inits).toHaveLength(2)
  })

  it('410 GET of an expired recovery flow (no error id): starts a new one', async () => {
    window.history.replaceState(null, '', '/recovery?flow=old')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/recovery/flows', 'recovery-flow-get-410-expired')
    const inits = kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-200')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(inits).toHaveLength(1)
  })

  it('400 session_already_available at init (signed in): done, no flow stored', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init-400-session-already-available')
    const { result, navigate } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'redirecting')
    expect(result.current.flow).toBeUndefined()
    expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/`)
  })
})

describe('useVerificationFlow (Kratos v1.3.1 answers)', () => {
  beforeEach(() => window.history.replaceState(null, '', '/verification'))

  it('e-mail → code sent; wrong code → 200 with 4070006; right code → done "verified" and the session is refetched', async () => {
    const whoami = whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/verification/browser', 'verification-init-200')
    kratosAnswers('post', '/self-service/verification', 'verification-email-200-sent', 'verification-code-200-wrong', 'verification-code-200-passed-challenge')
    const { result, navigate } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'code', email: 'alice@example.com' }))
    await run(() => result.current.submit({ code: '000000' }))
    const messageIds = [...result.current.messages, ...Object.values(result.current.fieldErrors).flat()].map((m) => m.id)
    expect(messageIds).toContain(4070006)
    const before = whoami.count
    expect(await run(() => result.current.submit({ code: '123456' }))).toEqual({ type: 'completed', result: { type: 'verified' } })
    expect(result.current.status).toBe('done')
    expect(whoami.count).toBe(before + 1)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('410 self_service_flow_replaced with use_flow_id (six wrong codes): reads the replacement', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/verification/browser', 'verification-init-200')
    kratosAnswers('post', '/self-service/verification', 'verification-code-410-replaced-too-often')
    const reads = kratosAnswers('get', '/self-service/verification/flows', 'verification-init-200')
    const { result } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ code: '000000' }))
    expect(reads[0]).toEqual({ id: captured('verification-code-410-replaced-too-often').body.use_flow_id })
    expect(result.current.status).toBe('ready')
  })
})
