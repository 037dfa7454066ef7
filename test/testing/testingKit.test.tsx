import { fireEvent, render, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RequireAuth, useLogout, useSession, type SessionStatus } from 'ory-session-react'
import { createSession, MockSessionProvider } from 'ory-session-react/testing'
import { kratosHandlers } from 'ory-session-react/testing/msw'
import { countRequests, KRATOS_URL, server } from '../kratos'
import { renderWithSession } from '../render'
import { aal2Flows } from '../fixtures/aal2'

// An app component, tested the way an app developer would with the kit.
function AccountMenu() {
  const state = useSession()
  const { logout } = useLogout()
  if (state.status !== 'authenticated') return <p>status: {state.status}</p>
  return (
    <>
      <p>
        {String(state.identity?.traits['email'])} at {state.aal}
      </p>
      <button onClick={() => void logout()}>Sign out</button>
    </>
  )
}

describe('ory-session-react/testing: MockSessionProvider', () => {
  it.each<SessionStatus>(['loading', 'unauthenticated', 'aal2_required', 'error'])('reports %s from the first render', (status) => {
    render(
      <MockSessionProvider status={status}>
        <AccountMenu />
      </MockSessionProvider>,
    )
    if (status === 'error') return expect(screen.findByText('status: error')).resolves.toBeTruthy()
    expect(screen.getByText(`status: ${status}`)).toBeTruthy()
  })

  it('authenticated with createSession: traits and aal as given, settled on the first render, no network', () => {
    render(
      <MockSessionProvider session={createSession({ aal: 'aal2', traits: { email: 'grace@example.com' } })}>
        <AccountMenu />
      </MockSessionProvider>,
    )
    expect(screen.getByText('grace@example.com at aal2')).toBeTruthy()
    expect(countRequests('/sessions/whoami')).toBe(0)
  })

  it('the real guards run: aal2 pages render for aal2 sessions, aal1 sessions are sent to step up', async () => {
    const navigate = vi.fn()
    const page = (
      <RequireAuth aal="aal2" fallback={<p>checking</p>}>
        <p>billing</p>
      </RequireAuth>
    )
    const { unmount } = render(<MockSessionProvider session={createSession({ aal: 'aal2' })}>{page}</MockSessionProvider>)
    expect(screen.getByText('billing')).toBeTruthy()
    unmount()
    render(
      <MockSessionProvider session={createSession({ aal: 'aal1' })} navigate={navigate}>
        {page}
      </MockSessionProvider>,
    )
    expect(screen.queryByText('billing')).toBeNull()
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
    expect(new URL(navigate.mock.calls[0]![0] as string).searchParams.get('aal')).toBe('aal2')
  })

  it('secondFactor={false}: an aal1 session meets the guard’s "set up a second factor" fallback, no redirect', async () => {
    const navigate = vi.fn()
    render(
      <MockSessionProvider session={createSession({ aal: 'aal1' })} secondFactor={false} navigate={navigate}>
        <RequireAuth aal="aal2" settingsUrl="/settings">
          <p>billing</p>
        </RequireAuth>
      </MockSessionProvider>,
    )
    expect((await screen.findByRole('link', { name: 'Set up a second factor' })).getAttribute('href')).toBe('/settings')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('logout works against the in-memory Kratos', async () => {
    render(
      <MockSessionProvider>
        <AccountMenu />
      </MockSessionProvider>,
    )
    fireEvent.click(screen.getByText('Sign out'))
    expect(await screen.findByText('status: unauthenticated')).toBeTruthy()
  })
})

describe('ory-session-react/testing/msw: kratosHandlers', () => {
  it('answers whoami like Kratos and signs out through the logout flow', async () => {
    server.use(...kratosHandlers({ baseUrl: KRATOS_URL, session: createSession({ traits: { email: 'ada@example.com' } }) }))
    renderWithSession(<AccountMenu />)
    expect(await screen.findByText('ada@example.com at aal1')).toBeTruthy()
    fireEvent.click(screen.getByText('Sign out'))
    await waitFor(() => expect(screen.getByText('status: unauthenticated')).toBeTruthy())
  })

  it('401 for nobody and 403 session_aal2_required when asked', async () => {
    server.use(...kratosHandlers({ baseUrl: KRATOS_URL, session: createSession(), aal2Required: true }))
    renderWithSession(<AccountMenu />)
    expect(await screen.findByText('status: aal2_required')).toBeTruthy()
  })

  it.each([true, false])('answers the aal2 login flow like Kratos v1.3.1 (secondFactor: %s): the guard steps up or shows its fallback', async (secondFactor) => {
    server.use(...kratosHandlers({ baseUrl: KRATOS_URL, session: createSession({ aal: 'aal1' }), secondFactor }))
    const { navigate } = renderWithSession(
      <RequireAuth aal="aal2" fallback={<p>checking</p>}>
        <p>billing</p>
      </RequireAuth>,
    )
    if (secondFactor) await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
    else expect(await screen.findByRole('link', { name: 'Set up a second factor' })).toBeTruthy()
    expect(screen.queryByText('billing')).toBeNull()
    // The mock flow has the captured flows' nodes: the TOTP flow's, or the dead end's csrf_token alone.
    const shape = (flow: { ui: { nodes: { group: string; attributes: unknown }[] } }) =>
      flow.ui.nodes.map(({ group, attributes }) => [group, (attributes as { name: string }).name, (attributes as { type: string }).type])
    const mock = (await (await fetch(`${KRATOS_URL}/self-service/login/browser?aal=aal2`)).json()) as Parameters<typeof shape>[0]
    expect(shape(mock)).toEqual(shape(secondFactor ? aal2Flows.totp : aal2Flows.passwordOnly))
  })
})
