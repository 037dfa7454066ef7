import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLoginFlow } from '../../src/flows'
import { KRATOS_URL, server } from '../kratos'
import { captured, kratosAnswers, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// Another app Kratos allows (selfservice.allowed_return_urls, as Ory's e2e profiles allow
// https://www.example.org/). Kratos checked it when the flow started, and its answers carry it back:
// the success's continue_with redirect_browser_to is the flow's return_to.
const ALLOWED = 'https://www.example.org/'

beforeEach(() => window.history.replaceState(null, '', `/login?return_to=${encodeURIComponent(ALLOWED)}`))

describe('a return_to on another origin: followed only when Kratos validated it', () => {
  it('/login?return_to=<another app Kratos allows>: after signing in the browser goes there, no "Refused to go to"', async () => {
    whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    // Kratos's captured success of a flow started with return_to: its redirect_browser_to is that return_to.
    const success = captured('login-password-200-success')
    const body = { ...success.body, continue_with: [{ action: 'redirect_browser_to', redirect_browser_to: ALLOWED }] }
    server.use(http.post(`${KRATOS_URL}/self-service/login`, () => HttpResponse.json(body, { status: success.status })))
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(inits).toEqual([{ return_to: ALLOWED }])
    const outcome = await run(() => result.current.submit({ method: 'password', identifier: 'ivan@example.com', password: 'a-long-password' }))
    expect(outcome).toMatchObject({ type: 'completed', result: { type: 'signed_in' } })
    expect(result.current.error).toBeNull()
    expect(result.current).toMatchObject({ status: 'redirecting', to: ALLOWED })
    expect(navigate.mock.calls).toEqual([[ALLOWED]])
  })

  it('Kratos refuses the return_to (400 self_service_flow_return_to_forbidden): the browser goes nowhere', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-400-return-to-forbidden')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'error')
    expect(result.current.error?.errorId).toBe('self_service_flow_return_to_forbidden')
    expect(navigate).not.toHaveBeenCalled()
    expect(window.location.pathname).toBe('/login')
  })

  it('signed in already (Kratos never saw the page\'s return_to): the same URL is refused, not followed', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-400-session-already-available')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'error')
    expect(result.current.error?.kind).toBe('invalid_return_to')
    expect(navigate).not.toHaveBeenCalled()
  })
})
