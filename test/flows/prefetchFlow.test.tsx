import { waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { FlowForm, prefetchFlow, useLoginFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { countRequests, KRATOS_URL, requests, server } from '../kratos'
import { captured, id, kratosAnswers, renderHookPage, until, whoamiAnswers } from './flowKratos'

// The page Kratos sends the browser to: its login UI with the flow it just created.
const FLOW = id('login-flow-200-replacement')
const READ = '/self-service/login/flows'

beforeEach(() => window.history.replaceState(null, '', `/login?flow=${FLOW}`))

function LoginPage() {
  return <FlowForm flow={useLoginFlow()} fallback={<p>Loading…</p>} />
}

describe('prefetchFlow (Kratos v1.3.1 answers)', () => {
  it('reads the flow before React renders, and the hook (StrictMode) shows the form from that one request', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const reads = kratosAnswers('get', READ, 'login-flow-200-replacement')
    prefetchFlow('login', { baseUrl: KRATOS_URL })
    // Sent at once, with the session cookie, before anything rendered.
    await waitFor(() => expect(countRequests(READ)).toBe(1))
    expect(requests.find((request) => request.path === READ)?.credentials).toBe('include')

    const { container } = renderWithSession(<LoginPage />)
    await waitFor(() => expect(container.querySelector('form input[name="identifier"]')).not.toBeNull())
    expect(container.querySelector('form input[name="password"]')).not.toBeNull()
    expect(reads).toEqual([{ id: FLOW }])
    expect(countRequests(READ)).toBe(1)
    expect(countRequests('/self-service/login/browser')).toBe(0)
  })

  it('a prefetch that got no answer (network): the hook reads the flow again and shows it', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', READ, 'network-error', 'login-flow-200-replacement')
    prefetchFlow('login', { baseUrl: KRATOS_URL })
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(result.current.flow?.id).toBe(FLOW)
    expect(result.current.error).toBeNull()
    expect(countRequests(READ)).toBe(2)
  })

  it('the early answer is used once: the next hook on the same flow (a remount) asks Kratos again', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', READ, 'login-flow-200-replacement')
    prefetchFlow('login', { baseUrl: KRATOS_URL })
    const first = renderHookPage(() => useLoginFlow())
    await until(first.result, 'ready')
    first.unmount()
    const again = renderHookPage(() => useLoginFlow())
    await until(again.result, 'ready')
    expect(countRequests(READ)).toBe(2)
  })

  it("another kind's prefetch is not taken: the login hook sends its own read", async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/flows', 'network-error')
    kratosAnswers('get', READ, 'login-flow-200-replacement')
    prefetchFlow('registration', { baseUrl: KRATOS_URL })
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(countRequests(READ)).toBe(1)
    expect(countRequests('/self-service/registration/flows')).toBe(1)
  })

  it('no ?flow= in the page URL: sends nothing, and the hook starts a flow as usual', async () => {
    window.history.replaceState(null, '', '/login')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    prefetchFlow('login', { baseUrl: KRATOS_URL })
    await new Promise((resolve) => setTimeout(resolve, 10))
    expect(requests).toEqual([])
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(countRequests(READ)).toBe(0)
    expect(countRequests('/self-service/login/browser')).toBe(1)
  })

  it('a baseUrl with a path prefix: read below it, and taken by the provider with that baseUrl (not by one for another Kratos)', async () => {
    server.use(http.get(`${KRATOS_URL}/kratos/sessions/whoami`, () => HttpResponse.json(captured('whoami-401-signed-out').body, { status: 401 })))
    const prefixed = kratosAnswers('get', `/kratos${READ}`, 'login-flow-200-replacement')
    prefetchFlow('login', { baseUrl: `${KRATOS_URL}/kratos` })
    const { container } = renderWithSession(<LoginPage />, { baseUrl: `${KRATOS_URL}/kratos/` })
    await waitFor(() => expect(container.querySelector('form input[name="identifier"]')).not.toBeNull())
    expect(prefixed).toEqual([{ id: FLOW }])

    // Prefetched from this Kratos, shown under a provider of another: that one reads for itself.
    whoamiAnswers('whoami-401-signed-out')
    const own = kratosAnswers('get', READ, 'login-flow-200-replacement')
    prefetchFlow('login', { baseUrl: `${KRATOS_URL}/kratos` })
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    expect(own).toEqual([{ id: FLOW }])
  })
})
