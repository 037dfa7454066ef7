import { act, screen, waitFor } from '@testing-library/react'
import { describe, expect, it, vi } from 'vitest'
import { RequireAuth, useLogout } from '../../src'
import { activeAal2Session } from '../fixtures'
import { answers, logoutFlow, requests, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

// The SDK never keeps a secret: the httpOnly cookie does the work. After a whole visit — session
// loaded, a guard redirect, a sign-out — nothing of the session is in storage, cookies, the URL or
// the console, and no request carried a token header.
const secrets = [activeAal2Session.id, activeAal2Session.identity!.id, 'bazbar@ory.sh', 'logout_token', 'tok']

function SignOut() {
  const { logout } = useLogout()
  return <button onClick={() => void logout()}>sign out</button>
}

function everythingStored(): string {
  const dump = (storage: Storage) => Array.from({ length: storage.length }, (_, i) => `${storage.key(i)}=${storage.getItem(storage.key(i)!)}`)
  return [...dump(localStorage), ...dump(sessionStorage), document.cookie, window.location.href].join('\n')
}

describe('secrets', () => {
  it('never writes session data to storage, cookies or the URL, never logs it, never sends a token', async () => {
    const consoleSpies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) => vi.spyOn(console, level))
    whoami(answers.session())
    logoutFlow()
    const { navigate } = renderWithSession(
      <>
        <StatusProbe />
        <RequireAuth aal="aal2" maxAge={60}>
          <p>secret</p>
        </RequireAuth>
        <SignOut />
      </>,
    )
    await waitFor(() => expect(screen.getByTestId('status-status').textContent).toBe('authenticated'))
    // The fixture's authenticated_at is from 2013, so the maxAge guard redirects: a redirect record is written.
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    const midVisit = everythingStored()
    expect(midVisit).toContain('ory-session-react:last-redirect') // only the login URL and a time
    for (const secret of secrets) expect(midVisit).not.toContain(secret)
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(screen.getByTestId('status-status').textContent).toBe('unauthenticated'))

    const stored = everythingStored()
    for (const secret of secrets) expect(stored).not.toContain(secret)
    for (const spy of consoleSpies) {
      for (const call of spy.mock.calls) for (const secret of secrets) expect(JSON.stringify(call)).not.toContain(secret)
    }
    expect(requests.length).toBeGreaterThanOrEqual(3)
    for (const request of requests) {
      expect(request.headers.get('x-session-token')).toBeNull()
      expect(request.headers.get('authorization')).toBeNull()
      expect(request.credentials).toBe('include')
    }
  })
})
