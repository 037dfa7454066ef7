import { http, HttpResponse } from 'msw'
import { beforeEach, describe, expect, it } from 'vitest'
import { useLoginFlow } from '../../src/flows'
import { KRATOS_URL, server } from '../kratos'
import { captured, kratosAnswers, pageUrl, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// A return_to Kratos refuses (not in selfservice.allowed_return_urls): its login init answers 400
// self_service_flow_return_to_forbidden whenever the request carries it, and a plain init otherwise.
const REFUSED = 'https://evil.example/steal'

function kratosRefusingReturnTo() {
  const inits: Record<string, string>[] = []
  server.use(
    http.get(`${KRATOS_URL}/self-service/login/browser`, ({ request }) => {
      const query = Object.fromEntries(new URL(request.url).searchParams)
      inits.push(query)
      const { status, body } = captured(query.return_to === REFUSED ? 'login-init-400-return-to-forbidden' : 'login-init-200')
      return HttpResponse.json(body, { status })
    }),
  )
  return inits
}

beforeEach(() => window.history.replaceState(null, '', '/login'))

describe('a return_to Kratos refuses: restart() is the way on', () => {
  it('/login?return_to=<refused>: restart() starts the login without it and takes it out of the page URL; signing in works', async () => {
    window.history.replaceState(null, '', `/login?return_to=${encodeURIComponent(REFUSED)}`)
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosRefusingReturnTo()
    const posts = kratosAnswers('post', '/self-service/login', 'login-password-200-success')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'error')
    expect(result.current.error?.errorId).toBe('self_service_flow_return_to_forbidden')

    // "Start again": the same refused return_to again was the same error again.
    expect(await run(() => result.current.restart())).toEqual({ type: 'updated', replaced: false })
    expect(result.current.status).toBe('ready')
    expect(inits).toEqual([{ return_to: REFUSED }, {}])
    expect(pageUrl().searchParams.has('return_to')).toBe(false)
    expect(pageUrl().searchParams.get('flow')).toBe(result.current.flow?.id)

    const outcome = await run(() => result.current.submit({ method: 'password', identifier: 'ivan@example.com', password: 'a-long-password' }))
    expect(outcome.type).toBe('completed')
    expect(posts).toHaveLength(1)
    // Where Kratos's answer says (its continue_with), never the refused return_to.
    expect(navigate.mock.calls).toEqual([[captured('login-password-200-success').body.continue_with[0].redirect_browser_to]])
  })

  it('an app returnTo Kratos refuses: restart() starts without it, and later starts too', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosRefusingReturnTo()
    const { result } = renderHookPage(() => useLoginFlow({ returnTo: REFUSED }))
    await until(result, 'error')
    await run(() => result.current.restart())
    expect(result.current.status).toBe('ready')
    await run(() => result.current.restart())
    expect(inits).toEqual([{ return_to: REFUSED }, {}, {}])
  })

  it('signed in, /login?return_to=<another origin> (the SDK refuses to go there): restart() goes to / instead', async () => {
    window.history.replaceState(null, '', `/login?return_to=${encodeURIComponent(REFUSED)}`)
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-400-session-already-available')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'error')
    expect(result.current.error?.kind).toBe('invalid_return_to')
    await run(() => result.current.restart())
    expect(navigate.mock.calls).toEqual([[`${window.location.origin}/`]])
    expect(pageUrl().searchParams.has('return_to')).toBe(false)
  })

  it('restart() after any other error keeps the page URL\'s return_to', async () => {
    window.history.replaceState(null, '', `/login?return_to=${encodeURIComponent(`${window.location.origin}/billing`)}`)
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'network-error', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow())
    await until(result, 'error')
    await run(() => result.current.restart())
    expect(result.current.status).toBe('ready')
    expect(inits[1]).toEqual({ return_to: `${window.location.origin}/billing` })
    expect(pageUrl().searchParams.get('return_to')).toBe(`${window.location.origin}/billing`)
  })
})
