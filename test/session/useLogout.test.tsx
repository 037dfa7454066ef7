import { act, screen, waitFor } from '@testing-library/react'
import { delay, http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { useLogout } from '../../src'
import { activeAal2Session } from '../fixtures'
import { answers, countRequests, KRATOS_URL, logoutFlow, server, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

function SignOut({ returnTo }: { returnTo?: string }) {
  const { logout, isPending, error } = useLogout()
  return (
    <>
      <button onClick={() => void logout(returnTo === undefined ? {} : { returnTo })}>sign out</button>
      <span data-testid="pending">{String(isPending)}</span>
      <span data-testid="logout-error">{error?.kind ?? ''}</span>
    </>
  )
}
const status = () => screen.getByTestId('status-status').textContent

/** Renders the session probe and a sign-out button, and waits until the session is known. */
async function renderSignedIn(returnTo?: string) {
  const rendered = renderWithSession(
    <>
      <StatusProbe />
      <SignOut {...(returnTo === undefined ? {} : { returnTo })} />
    </>,
  )
  await waitFor(() => expect(status()).toBe('authenticated'))
  return rendered
}

describe('useLogout', () => {
  it('ends the Kratos session and turns every hook unauthenticated without another whoami', async () => {
    whoami(answers.session())
    logoutFlow()
    const { navigate } = await renderSignedIn()
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(countRequests('/self-service/logout/browser')).toBe(1)
    expect(countRequests('/self-service/logout')).toBe(1)
    expect(countRequests('/sessions/whoami')).toBe(1)
    expect(navigate).not.toHaveBeenCalled()
  })

  it('navigates to returnTo afterwards', async () => {
    whoami(answers.session())
    logoutFlow()
    const { navigate } = renderWithSession(<SignOut returnTo="/goodbye" />)
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(navigate).toHaveBeenCalledWith('http://localhost:3000/goodbye'))
  })

  it('treats a 401 from the logout flow as already signed out: cleared, no error', async () => {
    whoami(answers.session())
    logoutFlow({ signedIn: false })
    await renderSignedIn()
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(screen.getByTestId('logout-error').textContent).toBe('')
    expect(countRequests('/self-service/logout')).toBe(0)
  })

  it('keeps the session and reports the error when Kratos cannot be reached', async () => {
    whoami(answers.session())
    server.use(http.get(`${KRATOS_URL}/self-service/logout/browser`, () => HttpResponse.error()))
    await renderSignedIn()
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(screen.getByTestId('logout-error').textContent).toBe('network'))
    expect(status()).toBe('authenticated')
  })

  it('gives up on a logout flow that hangs after 10 s: keeps the session and reports a timeout', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] })
    try {
      const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
      whoami(answers.session())
      server.use(http.get(`${KRATOS_URL}/self-service/logout/browser`, () => new Promise<Response>(() => undefined)))
      renderWithSession(
        <>
          <StatusProbe />
          <SignOut />
        </>,
      )
      await advance(10)
      expect(status()).toBe('authenticated')
      act(() => screen.getByText('sign out').click())
      await advance(9_900)
      expect(screen.getByTestId('pending').textContent).toBe('true')
      await advance(200)
      expect(screen.getByTestId('logout-error').textContent).toBe('timeout')
      expect(screen.getByTestId('pending').textContent).toBe('false')
      expect(status()).toBe('authenticated')
    } finally {
      vi.useRealTimers()
    }
  })

  it('refuses a returnTo on another origin and stays signed in', async () => {
    whoami(answers.session())
    logoutFlow()
    const { navigate } = await renderSignedIn('https://evil.example/')
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(screen.getByTestId('logout-error').textContent).toBe('invalid_return_to'))
    expect(navigate).not.toHaveBeenCalled()
    expect(countRequests('/self-service/logout/browser')).toBe(0)
  })

  it('does not let a whoami that was in flight bring the old session back', async () => {
    whoami(answers.session())
    logoutFlow()
    const { queryClient } = await renderSignedIn()
    // A slow whoami starts (focus, say), then the user signs out before it answers.
    whoami(async () => {
      await delay(150)
      return HttpResponse.json(activeAal2Session)
    })
    void queryClient.refetchQueries()
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    await act(() => delay(300))
    expect(status()).toBe('unauthenticated')
  })

  it("runs in the app's MutationCache: the app's isMutating counts it while it runs, and the cache holds its error", async () => {
    whoami(answers.session())
    let refuse: () => void = () => undefined
    server.use(
      http.get(`${KRATOS_URL}/self-service/logout/browser`, () => new Promise<Response>((resolve) => (refuse = () => resolve(HttpResponse.error())))),
    )
    const { queryClient } = await renderSignedIn()
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(queryClient.isMutating()).toBe(1))
    expect(screen.getByTestId('pending').textContent).toBe('true')
    act(() => refuse())
    await waitFor(() => expect(screen.getByTestId('logout-error').textContent).toBe('network'))
    expect(queryClient.isMutating()).toBe(0)
    expect(queryClient.getMutationCache().getAll().map((mutation) => mutation.state.status)).toEqual(['error'])
  })
})
