import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { RequireAuth, useLogout, useReauthenticate, useRevokeOtherSessions, useSessions, useSessionToken, useStepUp, type LoginRequired } from '../../src'
import { tokenTransport, type TokenTransportOptions } from '../../src/native'
import { atTestClock } from '../fixtures/atTestClock'
import { native } from '../fixtures/native'
import { countRequests, KRATOS_URL, requests, server } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'
import { AAL1_TOKEN, asSession, LOGIN_TOKEN, recordingStorage, replay, tokenLogout, tokenWhoami } from './nativeKratos'

const KEY = 'ory_session_token'
const status = () => screen.getByTestId('status-status').textContent
const text = (id: string) => screen.getByTestId(id).textContent

function renderToken(ui: React.ReactNode, token: string | null = LOGIN_TOKEN, options: Partial<TokenTransportOptions> = {}) {
  const recorded = recordingStorage(token ? { [KEY]: token } : {})
  const transport = tokenTransport({ storage: recorded.storage, ...options })
  return { ...renderWithSession(ui, { transport }), ...recorded, transport }
}

function SignOut() {
  const { logout, error } = useLogout()
  const [returnTo, setReturnTo] = useState<string>()
  return (
    <>
      <button onClick={() => void logout()}>sign out</button>
      <button onClick={() => { setReturnTo('/bye'); void logout({ returnTo: '/bye' }) }}>sign out to {returnTo ?? '/bye'}</button>
      <span data-testid="logout-error">{error ? `${error.kind}:${error.status ?? ''}` : ''}</span>
    </>
  )
}

describe('token mode: useLogout', () => {
  it('DELETE /self-service/logout/api with the token, then the token is removed and every hook is signed out', async () => {
    tokenWhoami()
    const bodies = tokenLogout()
    const { values, navigate } = renderToken(<><StatusProbe /><SignOut /></>)
    await waitFor(() => expect(status()).toBe('authenticated'))
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(bodies).toEqual([{ session_token: LOGIN_TOKEN }])
    expect(values.has(KEY)).toBe(false)
    const request = requests.find((r) => r.path === '/self-service/logout/api')!
    expect(request.credentials).toBe('omit')
    expect(request.headers.get('Content-Type')).toBe('application/json')
    expect(countRequests('/self-service/logout/browser')).toBe(0)
    expect(navigate).not.toHaveBeenCalled()
  })

  it("removes the token too when Kratos no longer knows it (403, Kratos's real answer)", async () => {
    tokenWhoami()
    tokenLogout(native.logoutUnknown403)
    const { values } = renderToken(<><StatusProbe /><SignOut /></>)
    await waitFor(() => expect(status()).toBe('authenticated'))
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(values.has(KEY)).toBe(false)
    expect(text('logout-error')).toBe('')
  })

  it('refuses logout({ returnTo }) (no web page to go to) without ending anything', async () => {
    tokenWhoami()
    const bodies = tokenLogout()
    renderToken(<><StatusProbe /><SignOut /></>)
    await waitFor(() => expect(status()).toBe('authenticated'))
    act(() => screen.getByText('sign out to /bye').click())
    await waitFor(() => expect(text('logout-error')).toBe('config:'))
    expect(bodies).toEqual([])
  })

  it('clears the other cached queries of the signed-out user (sessions list)', async () => {
    tokenWhoami()
    tokenLogout()
    server.use(http.get(`${KRATOS_URL}/sessions`, () => replay(native.sessionsList, [asSession(native.whoami200.body)])))
    function Sessions() {
      const { data } = useSessions()
      return <span data-testid="count">{data ? data.total : '-'}</span>
    }
    const { queryClient } = renderToken(<><StatusProbe /><Sessions /><SignOut /></>)
    await waitFor(() => expect(text('count')).toBe('2'))
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(text('count')).toBe('-')
    const cached = queryClient.getQueriesData({ queryKey: ['ory-session-react', 'sessions'] })
    expect(cached.every(([, data]) => data === undefined)).toBe(true)
  })
})

describe('token mode: RequireAuth', () => {
  const loginScreen = (required: LoginRequired) => (
    <p data-testid="login">
      {required.reason}|{required.aal ?? ''}|{String(required.refresh ?? '')}
    </p>
  )

  it.each([
    ['signed out', null, {}, 'signed_out||'],
    ['second factor missing (whoami 403)', AAL1_TOKEN, {}, 'aal2_required|aal2|'],
    ['aal1 session on an aal2 page', LOGIN_TOKEN, { aal: 'aal2' as const }, 'aal_too_low|aal2|'],
    ['a login older than maxAge', LOGIN_TOKEN, { maxAge: 60 }, 'too_old||true'],
  ])('%s: renders the app\'s login screen with the reason, never navigates', async (_name, token, requirement, shown) => {
    // The captured session as if captured an hour ago: its login is an hour old.
    tokenWhoami(atTestClock(native.whoami200.body, Date.now() - 3_600_000))
    const { navigate } = renderToken(<RequireAuth {...requirement} fallback={<p>…</p>}>secret</RequireAuth>, token, { loginScreen })
    await waitFor(() => expect(screen.getByTestId('login').textContent).toBe(shown))
    expect(screen.queryByText('secret')).toBeNull()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('without a login screen, calls onLoginRequired with the reason and shows the fallback', async () => {
    tokenWhoami()
    const onLoginRequired = vi.fn()
    const { navigate } = renderToken(<RequireAuth fallback={<p>waiting</p>}>secret</RequireAuth>, AAL1_TOKEN, { onLoginRequired })
    await waitFor(() => expect(onLoginRequired).toHaveBeenCalledWith({ reason: 'aal2_required', aal: 'aal2' }))
    expect(screen.getByText('waiting')).toBeTruthy()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('renders the children for a session with a token', async () => {
    tokenWhoami()
    renderToken(<RequireAuth>secret</RequireAuth>, LOGIN_TOKEN, { loginScreen })
    await waitFor(() => expect(screen.getByText('secret')).toBeTruthy())
  })
})

describe('token mode: step-up and re-authentication on request', () => {
  function Buttons() {
    const { stepUp, error } = useStepUp()
    const { reauthenticate } = useReauthenticate({ aal2: true })
    return (
      <>
        <button onClick={() => stepUp()}>step up</button>
        <button onClick={() => reauthenticate()}>again</button>
        <span data-testid="step-error">{error?.kind ?? ''}</span>
      </>
    )
  }

  it('hand the need to the app (login/api with aal2 / refresh and the token) instead of a browser URL', async () => {
    tokenWhoami()
    const onLoginRequired = vi.fn()
    const { navigate } = renderToken(<Buttons />, LOGIN_TOKEN, { onLoginRequired })
    act(() => screen.getByText('step up').click())
    act(() => screen.getByText('again').click())
    expect(onLoginRequired.mock.calls).toEqual([[{ reason: 'aal_too_low', aal: 'aal2', refresh: undefined }], [{ reason: 'too_old', aal: 'aal2', refresh: true }]])
    expect(navigate).not.toHaveBeenCalled()
  })

  it('report a config error when the app gave no handler', async () => {
    tokenWhoami()
    renderToken(<Buttons />)
    act(() => screen.getByText('step up').click())
    expect(text('step-error')).toBe('config')
  })
})

describe('token mode: other sessions, session-to-JWT and the expiry timer', () => {
  it('lists and revokes other sessions with the token', async () => {
    tokenWhoami()
    const deleted: (string | null)[] = []
    server.use(
      http.get(`${KRATOS_URL}/sessions`, () => replay(native.sessionsList, [{ ...asSession(native.whoami200.body), id: 'other-1' }])),
      http.delete(`${KRATOS_URL}/sessions`, ({ request }) => {
        deleted.push(request.headers.get('X-Session-Token'))
        return replay(native.revokeOthers)
      }),
    )
    function Sessions() {
      const { data } = useSessions()
      const { revokeOthers, revokedCount } = useRevokeOtherSessions()
      return (
        <>
          <span data-testid="others">{data ? data.others.map((s) => s.id).join(',') : '-'}</span>
          <button onClick={() => void revokeOthers()}>revoke</button>
          <span data-testid="revoked">{revokedCount ?? ''}</span>
        </>
      )
    }
    renderToken(<><StatusProbe /><Sessions /></>)
    await waitFor(() => expect(text('others')).toBe('other-1'))
    const listing = requests.find((r) => r.path === '/sessions')!
    expect(listing.headers.get('X-Session-Token')).toBe(LOGIN_TOKEN)
    expect(listing.credentials).toBe('omit')
    act(() => screen.getByText('revoke').click())
    await waitFor(() => expect(text('revoked')).toBe(String(native.revokeOthers.body.count)))
    expect(deleted).toEqual([LOGIN_TOKEN])
  })

  it("a 403 session_aal2_required from the sessions list asks whoami again and never navigates", async () => {
    let aal2 = false
    server.use(
      http.get(`${KRATOS_URL}/sessions/whoami`, () => (aal2 ? replay(native.whoami403Aal2) : HttpResponse.json(asSession(native.whoami200.body) as never))),
      http.get(`${KRATOS_URL}/sessions`, () => {
        aal2 = true
        return replay(native.whoami403Aal2)
      }),
    )
    function Sessions() {
      const { error } = useSessions()
      return <span data-testid="sessions-error">{error?.errorId ?? ''}</span>
    }
    const { navigate } = renderToken(<><StatusProbe /><Sessions /></>)
    await waitFor(() => expect(status()).toBe('aal2_required'))
    expect(navigate).not.toHaveBeenCalled()
  })

  it('session-to-JWT asks whoami?tokenize_as with the token', async () => {
    const seen: (string | null)[] = []
    server.use(
      http.get(`${KRATOS_URL}/sessions/whoami`, ({ request }) => {
        const tokenized = new URL(request.url).searchParams.has('tokenize_as')
        if (tokenized) seen.push(request.headers.get('X-Session-Token'))
        // Moved to the clock at each request: the captured JWT lives 60 s from its iat.
        return HttpResponse.json(atTestClock(tokenized ? native.whoamiTokenized.body : native.whoami200.body) as never)
      }),
    )
    function Jwt() {
      const token = useSessionToken({ template: 'demo-api' })
      return <span data-testid="jwt">{token.status}</span>
    }
    renderToken(<Jwt />)
    await waitFor(() => expect(text('jwt')).toBe('ready'))
    expect(seen).toEqual([LOGIN_TOKEN])
  })

  it('signs out at expires_at without a request (the token stays until Kratos says 401)', async () => {
    const expiresSoon = { ...asSession(native.whoami200.body), expires_at: new Date(Date.now() + 300).toISOString() }
    server.use(http.get(`${KRATOS_URL}/sessions/whoami`, () => HttpResponse.json(expiresSoon as never)))
    renderToken(<StatusProbe />)
    await waitFor(() => expect(status()).toBe('authenticated'))
    await waitFor(() => expect(status()).toBe('unauthenticated'), { timeout: 2_000 })
    expect(countRequests('/sessions/whoami')).toBe(1)
  })
})
