import { Configuration, FrontendApi } from '@ory/client'
import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { RequireAuth, type SessionProviderProps } from '../../src'
import { kratosErrors } from '../fixtures'
import { answers, countRequests, KRATOS_URL, server, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { currentSession, otherSessions, pageToken, sessionsEndpoints } from './sessionsKratos'
import { SessionsProbe } from './SessionsProbe'
import { StatusProbe } from '../StatusProbe'

const client = new FrontendApi(new Configuration({ basePath: KRATOS_URL, baseOptions: { withCredentials: true } }))
const rows = () => screen.queryAllByTestId('active-session').map((row) => row.firstChild?.textContent)
const text = (id: string) => screen.getByTestId(id).textContent
const [first, second, third] = otherSessions.map((session) => session.id)
const aal2Login = `${KRATOS_URL}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(window.location.href)}`
/** Requests to /sessions: listings, in tests that send no DELETE /sessions (that one shares the path). */
const listed = () => countRequests('/sessions')

async function renderListed(props: Partial<SessionProviderProps>) {
  const rendered = renderWithSession(<><StatusProbe /><SessionsProbe /></>, props)
  await waitFor(() => expect(rows()).toHaveLength(otherSessions.length + 1))
  return rendered
}

describe.each([
  ['fetch', {}],
  ['an @ory/client FrontendApi', { client }],
] as const)('useSessions and the revoke hooks over %s', (_name, props) => {
  it('lists this session first (marked current), then the others; one request', async () => {
    whoami(answers.session())
    sessionsEndpoints()
    await renderListed(props)
    expect(rows()).toEqual([currentSession.id, first, second, third])
    expect(screen.getAllByTestId('current-session')).toHaveLength(1)
    expect(screen.getAllByTestId('active-session')[0]?.textContent).toContain('this device')
    expect(text('total')).toBe('4')
    expect(listed()).toBe(1)
  })

  it('reads every page, following Link rel="next" (page_size and page_token from Kratos)', async () => {
    whoami(answers.session())
    const kratos = sessionsEndpoints(otherSessions, { perPage: 2 })
    await renderListed(props)
    expect(rows()).toEqual([currentSession.id, first, second, third])
    expect(kratos.listed.map((url) => url.search)).toEqual(['', `?page_size=2&page_token=${pageToken(2)}`])
  })

  it('signs one session out at once (optimistic), then asks Kratos for the list again', async () => {
    whoami(answers.session())
    const kratos = sessionsEndpoints()
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    server.use(http.delete(`${KRATOS_URL}/sessions/:id`, async ({ params }) => {
      await answered
      kratos.others = kratos.others.filter((session) => session.id !== params.id)
      return new HttpResponse(null, { status: 204 })
    }))
    await renderListed(props)
    act(() => screen.getByText(`sign out ${second}`).click())
    await waitFor(() => expect(rows()).toEqual([currentSession.id, first, third]))
    expect(listed()).toBe(1)
    answer()
    await waitFor(() => expect(listed()).toBe(2))
    expect(rows()).toEqual([currentSession.id, first, third])
    expect(text('revoke-error')).toBe('')
  })

  it('puts the session back when Kratos answers 500, before the list is asked for again', async () => {
    whoami(answers.session())
    const kratos = sessionsEndpoints()
    await renderListed(props)
    let answer = () => {}
    const answered = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.delete(`${KRATOS_URL}/sessions/:id`, () => HttpResponse.json({ error: { code: 500, message: 'db down' } }, { status: 500 })),
      http.get(`${KRATOS_URL}/sessions`, async () => {
        await answered
        return HttpResponse.json(kratos.others)
      }),
    )
    act(() => screen.getByText(`sign out ${first}`).click())
    await waitFor(() => expect(text('revoke-error')).toBe('http:500'))
    expect(rows()).toEqual([currentSession.id, first, second, third])
    expect(text('status-status')).toBe('authenticated')
    answer()
  })

  it('signs out all other devices at once, keeps this one, shows Kratos\'s count', async () => {
    whoami(answers.session())
    const kratos = sessionsEndpoints()
    await renderListed(props)
    act(() => screen.getByText('sign out all other devices').click())
    await waitFor(() => expect(rows()).toEqual([currentSession.id]))
    await waitFor(() => expect(text('revoked-count')).toBe('3'))
    await waitFor(() => expect(kratos.listed).toHaveLength(2))
    expect(rows()).toEqual([currentSession.id])
    expect(text('status-status')).toBe('authenticated')
  })

  it('a 403 session_aal2_required from GET /sessions steps up (aal=aal2, return_to) exactly once, guards included', async () => {
    // Kratos enforces the same AAL on whoami and GET /sessions: once one says aal2, so does the other.
    let whoamis = 0
    whoami(() => (whoamis++ === 0 ? answers.session()() : answers.aal2Required()()))
    server.use(http.get(`${KRATOS_URL}/sessions`, () => HttpResponse.json(kratosErrors.whoami403Aal2, { status: 403 })))
    const { navigate } = renderWithSession(
      <>
        <StatusProbe />
        <RequireAuth fallback={<p>leaving</p>}>
          <SessionsProbe />
          <SessionsProbe />
        </RequireAuth>
      </>,
      props,
    )
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(aal2Login))
    await waitFor(() => expect(text('status-status')).toBe('aal2_required'))
    await screen.findByText('leaving')
    expect(navigate).toHaveBeenCalledTimes(1)
  })

  it('a network error shows an error and keeps everyone signed in (list and revoke)', async () => {
    whoami(answers.session())
    sessionsEndpoints()
    const { navigate } = await renderListed(props)
    server.use(
      http.delete(`${KRATOS_URL}/sessions/:id`, () => HttpResponse.error()),
      http.get(`${KRATOS_URL}/sessions`, () => HttpResponse.error()),
    )
    act(() => screen.getByText(`sign out ${first}`).click())
    await waitFor(() => expect(text('revoke-error')).toBe('network:'))
    await waitFor(() => expect(text('list-error')).toBe('network:'))
    expect(rows()).toEqual([currentSession.id, first, second, third])
    expect(text('status-status')).toBe('authenticated')
    expect(navigate).not.toHaveBeenCalled()
  })
})

describe('useSessions', () => {
  it('asks nothing while nobody is signed in', async () => {
    whoami(answers.signedOut())
    sessionsEndpoints()
    renderWithSession(<><StatusProbe /><SessionsProbe /></>)
    await waitFor(() => expect(text('status-status')).toBe('unauthenticated'))
    expect(listed()).toBe(0)
    expect(rows()).toEqual([])
  })

  it('stops on an empty page although Kratos sends rel="next" for an empty list', async () => {
    whoami(answers.session())
    sessionsEndpoints([])
    renderWithSession(<SessionsProbe />)
    await waitFor(() => expect(rows()).toEqual([currentSession.id]))
    expect(listed()).toBe(1)
  })

  it('a 401 makes whoami ask again (it decides); no redirect from the list itself', async () => {
    whoami(answers.session())
    server.use(http.get(`${KRATOS_URL}/sessions`, () => HttpResponse.json(kratosErrors.sessionInactive401, { status: 401 })))
    const { navigate } = renderWithSession(<><StatusProbe /><SessionsProbe /></>)
    await waitFor(() => expect(text('list-error')).toBe('http:401'))
    await waitFor(() => expect(countRequests('/sessions/whoami')).toBe(2))
    expect(navigate).not.toHaveBeenCalled()
  })

  it('stops a step-up loop: the same aal2 redirect right after coming back is an error, not a redirect', async () => {
    whoami(answers.session())
    server.use(http.get(`${KRATOS_URL}/sessions`, () => HttpResponse.json(kratosErrors.whoami403Aal2, { status: 403 })))
    const before = renderWithSession(<SessionsProbe />)
    await waitFor(() => expect(before.navigate).toHaveBeenCalledTimes(1))
    before.unmount()
    const after = renderWithSession(<SessionsProbe />)
    await waitFor(() => expect(text('list-error')).toBe('redirect_loop:'))
    expect(after.navigate).not.toHaveBeenCalled()
  })

  it('refuses to revoke this browser\'s own session (Kratos answers 400): use useLogout', async () => {
    whoami(answers.session())
    const kratos = sessionsEndpoints()
    const { useRevokeSession } = await import('../../src')
    function RevokeCurrent() {
      const { revoke, error } = useRevokeSession()
      return <button onClick={() => void revoke(currentSession.id)}>{error?.kind ?? 'revoke current'}</button>
    }
    renderWithSession(<><StatusProbe /><RevokeCurrent /></>)
    await waitFor(() => expect(text('status-status')).toBe('authenticated'))
    act(() => screen.getByText('revoke current').click())
    await screen.findByText('config')
    expect(kratos.deleted).toEqual([])
  })
})
