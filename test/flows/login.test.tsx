import { beforeEach, describe, expect, it } from 'vitest'
import { useSession } from '../../src'
import { useLoginFlow } from '../../src/flows'
import { countRequests } from '../kratos'
import { captured, id, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/login'))

describe('useLoginFlow (Kratos v1.3.1 answers)', () => {
  it('StrictMode: starts exactly one flow, puts its id in the URL, and a reload reads that flow instead of starting another', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result, unmount } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(countRequests('/self-service/login/browser')).toBe(1)
    expect(pageUrl().searchParams.get('flow')).toBe(id('login-init-200'))
    unmount()

    const reads = kratosAnswers('get', '/self-service/login/flows', 'login-flow-200-replacement')
    const again = renderHookPage(() => useLoginFlow())
    await until(again.result, 'ready')
    expect(reads[0]).toEqual({ id: id('login-init-200') })
    expect(countRequests('/self-service/login/browser')).toBe(1)
  })

  it('400 with the flow: wrong password shows the message and keeps the flow (no restart)', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const posts = kratosAnswers('post', '/self-service/login', 'login-password-400-invalid-credentials')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    const outcome = await run(() => result.current.submit({ method: 'password', identifier: 'alice@example.com', password: 'wrong' }))
    expect(outcome).toEqual({ type: 'updated', replaced: false })
    expect(posts[0]).toMatchObject({ method: 'password', identifier: 'alice@example.com', password: 'wrong', csrf_token: expect.any(String) })
    expect(result.current.messages.map((m) => m.id)).toEqual(captured('login-password-400-invalid-credentials').body.ui.messages.map((m: { id: number }) => m.id))
    expect(result.current.status).toBe('ready')
  })

  it('200 success: refetches the session at once (every hook sees it), then goes to redirect_browser_to in-app', async () => {
    const whoami = whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-password-200-success')
    const { result, navigate } = renderHookPage(() => ({ login: useLoginFlow(), session: useSession(), status: 'x' }))
    await waitReady(() => result.current.login.status)
    const before = whoami.count
    const outcome = await run(() => result.current.login.submit({ method: 'password', identifier: 'alice@example.com', password: 'pw' }))
    expect(outcome).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(whoami.count).toBe(before + 1)
    expect(result.current.session.status).toBe('authenticated')
    expect(navigate).toHaveBeenCalledWith(captured('login-password-200-success').body.continue_with[0].redirect_browser_to)
    expect(result.current.login.status).toBe('redirecting')
  })

  it('400 code sent (passwordless): the next step, not a failure; the right code signs in', async () => {
    whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-code-400-sent', 'login-code-400-wrong', 'login-code-200-success')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'code', identifier: 'carol@example.com' }))).toMatchObject({ type: 'updated' })
    expect(result.current.flow?.state).toBe('sent_email')
    await run(() => result.current.submit({ method: 'code', code: '000000' }))
    expect(result.current.fieldErrors.code?.length ?? result.current.messages.length).toBeGreaterThan(0)
    expect(await run(() => result.current.submit({ method: 'code', code: '123456' }))).toMatchObject({ type: 'completed' })
    expect(navigate).toHaveBeenCalledTimes(1)
  })

  it('400 session_already_available: done (already signed in), never stored as a flow, goes to return_to', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-400-session-already-available')
    const { result, navigate } = renderHookPage(() => useLoginFlow({ returnTo: '/account' }))
    await until(result, 'redirecting')
    expect(result.current.flow).toBeUndefined()
    expect(navigate).toHaveBeenCalledWith(`${window.location.origin}/account`)
  })

  it('400 session_already_available while the session needs aal2: asks for the second factor once (no loop)', async () => {
    whoamiAnswers('whoami-403-aal2-required')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-400-session-already-available-aal2-pending', 'login-init-aal2-200')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(inits).toEqual([{}, { aal: 'aal2' }])
    expect(result.current.nodes.some((node) => node.group === 'totp')).toBe(true)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('aal2 flow without any second factor: the distinct second_factor_missing result, not an empty form', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-aal2-200-no-second-factor')
    const { result } = renderHookPage(() => useLoginFlow({ aal: 'aal2' }))
    await until(result, 'done')
    expect(result.current.status === 'done' && result.current.result).toEqual({ type: 'second_factor_missing' })
    // Kratos's own message stays readable (found by the conformance port of profiles/mfa/totp.spec.ts).
    expect(result.current.messages.map((message) => message.id)).toEqual([1010004])
    expect(result.current.flow?.id).toBe(captured('login-init-aal2-200-no-second-factor').body.id)
  })

  it('422 to Kratos login init with aal=aal2 (password login, TOTP set up): refetches and starts the aal2 flow in place', async () => {
    const whoami = whoamiAnswers('whoami-401-signed-out', 'whoami-403-aal2-required')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200', 'login-init-aal2-200')
    kratosAnswers('post', '/self-service/login', 'login-password-422-aal2-required')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    const before = whoami.count
    await run(() => result.current.submit({ method: 'password', identifier: 'dave@example.com', password: 'pw' }))
    expect(inits[1]).toEqual({ aal: 'aal2' })
    expect(whoami.count).toBe(before + 1)
    expect(result.current.flow?.requested_aal).toBe('aal2')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('401 session_aal1_required (aal2 asked while signed out): starts an aal1 login in place', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-aal2-401-aal1-required', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow({ aal: 'aal2' }))
    await until(result, 'ready')
    expect(inits).toEqual([{ aal: 'aal2' }, { aal: 'aal1' }])
  })

  it('403 security_csrf_violation: restarts once, then reports the error instead of looping', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-submit-403-csrf')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'password', identifier: 'a@b.c', password: 'pw' }))).toEqual({ type: 'restarted', reason: 'csrf' })
    expect(inits).toHaveLength(2)
    const second = await run(() => result.current.submit({ method: 'password', identifier: 'a@b.c', password: 'pw' }))
    expect(second).toMatchObject({ type: 'error', error: { kind: 'http', errorId: 'security_csrf_violation' } })
    expect(inits).toHaveLength(2)
    expect(result.current.status).toBe('ready')
  })

  it('404 for the URL\'s flow id: starts a new flow', async () => {
    window.history.replaceState(null, '', '/login?flow=00000000-0000-4000-8000-000000000000')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/flows', 'login-flow-404-unknown')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(pageUrl().searchParams.get('flow')).toBe(id('login-init-200'))
  })

  it('410 with use_flow_id (POST on an expired flow): reads the replacement without a reload', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-submit-410-expired')
    const reads = kratosAnswers('get', '/self-service/login/flows', 'login-flow-200-replacement')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'password', identifier: 'a@b.c', password: 'pw' }))
    expect(reads[0]).toEqual({ id: captured('login-submit-410-expired').body.use_flow_id })
  })

  it('410 without use_flow_id (GET of an expired flow): starts a new flow', async () => {
    window.history.replaceState(null, '', '/login?flow=expired-id')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/flows', 'login-flow-get-410-expired')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(inits).toHaveLength(1)
  })

  it('400 self_service_flow_return_to_forbidden: a typed config error', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-400-return-to-forbidden')
    const { result } = renderHookPage(() => useLoginFlow({ returnTo: 'https://evil.example/' }))
    await until(result, 'error')
    expect(result.current.error?.kind).toBe('config')
  })

  it('422 to this page with the same flow (empty passkey): reads the flow in place', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'login-passkey-422-empty')
    const reads = kratosAnswers('get', '/self-service/login/flows', 'login-flow-200-replacement')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'passkey', passkey_login: '' }))
    expect(reads).toHaveLength(1)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('network error and non-JSON answers: typed errors, the form stays, nobody is signed out', async () => {
    const whoami = whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    kratosAnswers('post', '/self-service/login', 'network-error', 'html')
    const { result } = renderHookPage(() => ({ login: useLoginFlow({ refresh: true }), session: useSession(), status: 'x' }))
    await waitReady(() => result.current.login.status)
    const calls = whoami.count
    const network = await run(() => result.current.login.submit({ method: 'password', password: 'pw' }))
    expect(network).toMatchObject({ type: 'error', error: { kind: 'network' } })
    const html = await run(() => result.current.login.submit({ method: 'password', password: 'pw' }))
    expect(html).toMatchObject({ type: 'error', error: { kind: 'invalid_response' } })
    expect(result.current.login.status).toBe('ready')
    expect(result.current.login.flow?.id).toBe(id('login-init-200'))
    expect(result.current.session.status).toBe('authenticated')
    expect(whoami.count).toBe(calls)
  })
})

async function waitReady(status: () => string) {
  const { waitFor } = await import('@testing-library/react')
  await waitFor(() => expect(status()).toBe('ready'))
}
