import { beforeEach, describe, expect, it } from 'vitest'
import { useRecoveryFlow, useVerificationFlow } from '../../src/flows'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/recovery'))

describe('useRecoveryFlow (Kratos v1.3.1 answers)', () => {
  it('e-mail → 200 code sent; wrong code → 200 with 4060006; the code is sent without the e-mail (else Kratos resends)', async () => {
    whoamiAnswers('signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    const posts = kratosAnswers('post', '/self-service/recovery', 'recovery-200-code-sent', 'recovery-200-wrong-code')
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
    const whoami = whoamiAnswers('signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    kratosAnswers('post', '/self-service/recovery', 'recovery-422-settings')
    const { result, navigate } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    const before = whoami.count
    await run(() => result.current.submit({ code: '123456' }))
    expect(whoami.count).toBe(before + 1)
    expect(navigate).toHaveBeenCalledWith(captured('recovery-422-settings').body.redirect_browser_to)
  })

  it('right code, flag on: 200 passed_challenge + show_settings_ui → refetch and go to that settings flow', async () => {
    const whoami = whoamiAnswers('signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    kratosAnswers('post', '/self-service/recovery', 'recovery-200-passed-flag-on')
    const { result, navigate } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    const before = whoami.count
    expect(await run(() => result.current.submit({ code: '123456' }))).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(whoami.count).toBe(before + 1)
    expect(navigate).toHaveBeenCalledWith(captured('recovery-200-passed-flag-on').body.continue_with[0].flow.url)
  })

  it('a POST that fetch followed through a 303 to a DIFFERENT flow: adopt it (URL too) and mark it replaced', async () => {
    whoamiAnswers('signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    kratosAnswers('post', '/self-service/recovery', 'recovery-200-replaced-after-303')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ code: '000000' }))).toEqual({ type: 'updated', replaced: true })
    expect(result.current.flow?.id).toBe(id('recovery-200-replaced-after-303'))
    expect(pageUrl().searchParams.get('flow')).toBe(id('recovery-200-replaced-after-303'))
    expect(result.current.messages[0]?.text).toMatch(/submitted too often/)
  })

  it('flag on retry: 400 {error} without an id naming show_recovery_ui → reads that flow (never stores the error as a flow)', async () => {
    whoamiAnswers('signed-out')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    kratosAnswers('post', '/self-service/recovery', 'recovery-400-retry-flag-on')
    const reads = kratosAnswers('get', '/self-service/recovery/flows', 'recovery-init')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ code: '123456' }))
    expect(reads[0]).toEqual({ id: captured('recovery-400-retry-flag-on').body.error.details.continue_with[0].flow.id })
    expect(result.current.flow?.ui).toBeDefined()
    expect(result.current.messages.map((m) => m.text)).toContain('The code was already used. Please request another code.')
  })

  it('403 security_csrf_violation on recovery: the flow is dead, a new one is started', async () => {
    whoamiAnswers('signed-out')
    const inits = kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    kratosAnswers('post', '/self-service/recovery', 'recovery-403-csrf')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ email: 'a@b.c' }))).toEqual({ type: 'restarted', reason: 'csrf' })
    expect(inits).toHaveLength(2)
  })

  it('410 GET of an expired recovery flow (no error id): starts a new one', async () => {
    window.history.replaceState(null, '', '/recovery?flow=old')
    whoamiAnswers('signed-out')
    kratosAnswers('get', '/self-service/recovery/flows', 'recovery-410-get-expired')
    const inits = kratosAnswers('get', '/self-service/recovery/browser', 'recovery-init')
    const { result } = renderHookPage(() => useRecoveryFlow())
    await until(result, 'ready')
    expect(inits).toHaveLength(1)
  })

  it('400 session_already_available at init (signed in): done, no flow stored', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/recovery/browser', 'recovery-400-session-already-available')
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
    kratosAnswers('get', '/self-service/verification/browser', 'verification-init')
    kratosAnswers('post', '/self-service/verification', 'verification-200-code-sent', 'verification-200-wrong-code', 'verification-200-passed')
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
    whoamiAnswers('signed-out')
    kratosAnswers('get', '/self-service/verification/browser', 'verification-init')
    kratosAnswers('post', '/self-service/verification', 'verification-410-replaced')
    const reads = kratosAnswers('get', '/self-service/verification/flows', 'verification-init')
    const { result } = renderHookPage(() => useVerificationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ code: '000000' }))
    expect(reads[0]).toEqual({ id: captured('verification-410-replaced').body.use_flow_id })
    expect(result.current.status).toBe('ready')
  })
})
