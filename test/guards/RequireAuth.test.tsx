import { act, render, screen, waitFor } from '@testing-library/react'
import { StrictMode } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { RequireAuth, SessionProvider } from '../../src'
import { activeSession } from '../fixtures'
import { aal2LoginFlow, answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { aal1SessionWithTotp, aal2Flows } from '../fixtures/aal2'
import { HttpResponse } from 'msw'
import { newQueryClient, renderWithSession } from '../render'

const page = window.location.href // jsdom's http://localhost:3000/
const login = (params: Record<string, string>) => {
  const url = new URL(`${KRATOS_URL}/self-service/login/browser`)
  for (const [key, value] of Object.entries(params)) url.searchParams.set(key, value)
  return url.href
}
const guarded = (props: Parameters<typeof RequireAuth>[0] = {}) => (
  <RequireAuth fallback={<p>checking</p>} {...props}>
    <p>secret</p>
  </RequireAuth>
)
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()

describe('RequireAuth', () => {
  it('shows the fallback while loading: never the children, never a redirect', () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(guarded())
    expect(screen.getByText('checking')).toBeTruthy()
    expect(screen.queryByText('secret')).toBeNull()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('renders the children for a session that satisfies it', async () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(guarded())
    await screen.findByText('secret')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('sends a signed-out user to the login flow with return_to = the current URL', async () => {
    whoami(answers.signedOut())
    const { navigate } = renderWithSession(guarded())
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
    expect(navigate).toHaveBeenCalledWith(login({ return_to: page }))
    expect(screen.queryByText('secret')).toBeNull()
    expect(screen.getByText('checking')).toBeTruthy()
  })

  it('keeps path, query and hash in the default return_to', async () => {
    window.history.pushState({}, '', '/billing/invoices?page=2#latest')
    whoami(answers.signedOut())
    const { navigate } = renderWithSession(guarded())
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
    expect(new URL(navigate.mock.calls[0]![0]).searchParams.get('return_to')).toBe(
      'http://localhost:3000/billing/invoices?page=2#latest',
    )
    window.history.pushState({}, '', '/')
  })

  it('sends a 403 session_aal2_required user to the aal2 step, never to a plain login', async () => {
    whoami(answers.aal2Required())
    const { navigate } = renderWithSession(guarded())
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
    expect(navigate).toHaveBeenCalledWith(login({ aal: 'aal2', return_to: page }))
  })

  it('steps an aal1 session up when the page asks for aal2 (and the identity has a second factor)', async () => {
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.totp))
    const { navigate } = renderWithSession(guarded({ aal: 'aal2' }))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(login({ aal: 'aal2', return_to: page })))
    expect(screen.queryByText('secret')).toBeNull()
  })

  it('lets an aal2 session through an aal2 guard', async () => {
    whoami(answers.session())
    renderWithSession(guarded({ aal: 'aal2' }))
    await screen.findByText('secret')
  })

  it('sends a session older than maxAge through re-authentication (refresh=true)', async () => {
    whoami(answers.session(activeSession({ authenticated_at: minutesAgo(10) })))
    const { navigate } = renderWithSession(guarded({ maxAge: 300 }))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(login({ refresh: 'true', return_to: page })))
  })

  it('judges the second factor’s completed_at for aal="aal2" with maxAge', async () => {
    const session = activeSession({
      authenticated_at: minutesAgo(1),
      authentication_methods: [
        { method: 'password', aal: 'aal1', completed_at: minutesAgo(1) },
        { method: 'totp', aal: 'aal2', completed_at: minutesAgo(10) },
      ],
    })
    whoami(answers.session(session))
    const { navigate } = renderWithSession(guarded({ aal: 'aal2', maxAge: 300 }))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(login({ aal: 'aal2', refresh: 'true', return_to: page })))
  })

  it('lets a session younger than maxAge through', async () => {
    whoami(answers.session(activeSession({ authenticated_at: minutesAgo(1) })))
    renderWithSession(guarded({ maxAge: 300 }))
    await screen.findByText('secret')
  })

  it('shows an error state with retry, and never redirects, when Kratos cannot be asked', async () => {
    whoami(answers.status(503))
    const { navigate } = renderWithSession(guarded())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('503')
    expect(navigate).not.toHaveBeenCalled()
    whoami(answers.session())
    act(() => screen.getByText('Try again').click())
    await screen.findByText('secret')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('keeps showing the page when a refetch fails after the session was known', async () => {
    whoami(answers.session())
    const { queryClient, navigate } = renderWithSession(guarded())
    await screen.findByText('secret')
    whoami(answers.networkError())
    await act(() => queryClient.refetchQueries())
    expect(screen.getByText('secret')).toBeTruthy()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('redirects once for two guards on one page, with one whoami request', async () => {
    whoami(answers.signedOut())
    const { navigate } = renderWithSession(
      <>
        {guarded()}
        {guarded({ aal: 'aal2' })}
      </>,
    )
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    await act(() => new Promise((resolve) => setTimeout(resolve, 50)))
    expect(navigate).toHaveBeenCalledTimes(1)
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('accepts a returnTo path on this origin', async () => {
    whoami(answers.signedOut())
    const { navigate } = renderWithSession(guarded({ returnTo: '/after?x=1' }))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(login({ return_to: 'http://localhost:3000/after?x=1' })))
  })

  it.each(['https://evil.example/', '//evil.example', 'javascript:alert(1)', '\\\\evil.example'])(
    'refuses returnTo %s (open redirect) with an error state and no redirect',
    async (returnTo) => {
      whoami(answers.signedOut())
      const { navigate } = renderWithSession(guarded({ returnTo }))
      const alert = await screen.findByRole('alert')
      expect(alert.textContent).toContain('refused')
      expect(navigate).not.toHaveBeenCalled()
    },
  )

  it('stops a redirect loop: Kratos sent the user straight back with the same answer', async () => {
    whoami(answers.aal2Required())
    // First visit: the guard sends the user to the aal2 step.
    const first = renderWithSession(guarded())
    await waitFor(() => expect(first.navigate).toHaveBeenCalledTimes(1))
    first.unmount()
    // Back from Kratos (a new page load), whoami still says aal2 is required.
    const second = renderWithSession(guarded())
    const alert = await screen.findByRole('alert')
    expect(alert.textContent).toContain('redirect loop')
    expect(second.navigate).not.toHaveBeenCalled()
    // "Try again" allows one more deliberate attempt.
    act(() => screen.getByText('Try again').click())
    await waitFor(() => expect(second.navigate).toHaveBeenCalledTimes(1))
  })

  it('forgets the last redirect once a guard is satisfied, so the next redirect is not a loop', async () => {
    whoami(answers.signedOut())
    const first = renderWithSession(guarded())
    await waitFor(() => expect(first.navigate).toHaveBeenCalledTimes(1))
    first.unmount()
    whoami(answers.session())
    const second = renderWithSession(guarded())
    await screen.findByText('secret')
    second.unmount()
    whoami(answers.signedOut())
    const third = renderWithSession(guarded())
    await waitFor(() => expect(third.navigate).toHaveBeenCalledTimes(1))
  })

  it('uses a custom errorFallback', async () => {
    whoami(answers.networkError())
    renderWithSession(guarded({ errorFallback: ({ error }) => <p>custom {error.kind}</p> }))
    await screen.findByText('custom network')
  })

  it('works with a QueryClient passed as a prop and no QueryClientProvider', async () => {
    whoami(answers.session())
    const navigate = vi.fn()
    render(
      <StrictMode>
        <SessionProvider baseUrl={KRATOS_URL} queryClient={newQueryClient()} navigate={navigate}>
          {guarded()}
        </SessionProvider>
      </StrictMode>,
    )
    await screen.findByText('secret')
  })
})
