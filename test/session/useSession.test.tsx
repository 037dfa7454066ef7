import { act, render, screen, waitFor } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { useSession } from '../../src'
import { activeAal2Session, activeSession, kratosErrors } from '../fixtures'
import { answers, countRequests, requests, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

const status = () => screen.getByTestId('status-status').textContent
const settled = async () => waitFor(() => expect(status()).not.toBe('loading'))

describe('useSession maps what whoami answers', () => {
  it('starts in loading, never in a signed-out state, before the first answer', () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />)
    expect(status()).toBe('loading')
  })

  it('200 with an active session → authenticated, with the identity and the aal', async () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />)
    await settled()
    expect(status()).toBe('authenticated')
    expect(screen.getByTestId('status-email').textContent).toBe('bazbar@ory.sh')
    expect(screen.getByTestId('status-aal').textContent).toBe('aal2')
    expect(screen.getByTestId('status-error').textContent).toBe('')
  })

  it('200 with active: false → unauthenticated', async () => {
    whoami(answers.session(activeSession({ active: false })))
    renderWithSession(<StatusProbe />)
    await settled()
    expect(status()).toBe('unauthenticated')
  })

  it('401 without error.id (what whoami really sends) → unauthenticated, not an error', async () => {
    whoami(answers.signedOut())
    renderWithSession(<StatusProbe />)
    await settled()
    expect(status()).toBe('unauthenticated')
    expect(screen.getByTestId('status-error').textContent).toBe('')
  })

  it('401 with an error.id → unauthenticated', async () => {
    whoami(() => HttpResponse.json(kratosErrors.sessionInactive401, { status: 401 }))
    renderWithSession(<StatusProbe />)
    await settled()
    expect(status()).toBe('unauthenticated')
  })

  it('403 session_aal2_required → aal2_required: signed in at aal1, not an error, not signed out', async () => {
    whoami(answers.aal2Required())
    renderWithSession(<StatusProbe />)
    await settled()
    expect(status()).toBe('aal2_required')
    expect(screen.getByTestId('status-aal').textContent).toBe('aal1')
    expect(screen.getByTestId('status-error').textContent).toBe('')
  })

  it.each([
    ['403 that is not session_aal2_required (CSRF)', () => HttpResponse.json(kratosErrors.csrf403, { status: 403 }), 'http:403'],
    ['500', answers.status(500), 'http:500'],
    ['502 with an HTML page', () => new HttpResponse('<html>Bad Gateway</html>', { status: 502 }), 'invalid_response:502'],
    ['429', answers.status(429), 'rate_limited:429'],
    ['a network error', answers.networkError(), 'network:'],
    ['200 with HTML', () => new HttpResponse('<!doctype html><html></html>', { status: 200 }), 'invalid_response:200'],
    ['200 with JSON that is not a session', () => HttpResponse.json({ hello: 'world' }), 'invalid_response:200'],
  ])('%s → error with a typed error', async (_name, resolver, expected) => {
    whoami(resolver)
    renderWithSession(<StatusProbe />)
    await settled()
    expect(status()).toBe('error')
    expect(screen.getByTestId('status-error').textContent).toBe(expected)
  })

  it('sends the cookie (credentials: include) and asks for JSON', async () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />)
    await settled()
    const [request] = requests
    expect(request?.credentials).toBe('include')
    expect(request?.headers.get('accept')).toBe('application/json')
    expect(request?.headers.get('x-session-token')).toBeNull()
    expect(request?.headers.get('authorization')).toBeNull()
  })

  it('serves 10 consumers with exactly one whoami request, in StrictMode', async () => {
    whoami(answers.session())
    renderWithSession(
      <>
        {Array.from({ length: 10 }, (_, i) => (
          <StatusProbe key={i} id={`c${i}`} />
        ))}
      </>,
    )
    await waitFor(() => expect(screen.getByTestId('c9-status').textContent).toBe('authenticated'))
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('keeps the session when a refetch fails (a blip never signs anybody out)', async () => {
    whoami(answers.session())
    const { queryClient } = renderWithSession(<StatusProbe />)
    await settled()
    whoami(answers.networkError())
    await act(() => queryClient.refetchQueries())
    await waitFor(() => expect(screen.getByTestId('status-error').textContent).toBe('network:'))
    expect(status()).toBe('authenticated')
    expect(screen.getByTestId('status-email').textContent).toBe('bazbar@ory.sh')
  })

  it('signs out when a refetch answers 401', async () => {
    whoami(answers.session())
    const { queryClient } = renderWithSession(<StatusProbe />)
    await settled()
    whoami(answers.signedOut())
    await act(() => queryClient.refetchQueries())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
  })

  it('refetch() asks Kratos again and shows the new answer', async () => {
    whoami(answers.signedOut())
    function Refresher() {
      const { refetch } = useSession()
      return <button onClick={() => void refetch()}>refresh</button>
    }
    renderWithSession(
      <>
        <StatusProbe />
        <Refresher />
      </>,
    )
    await settled()
    whoami(answers.session(activeAal2Session))
    act(() => screen.getByText('refresh').click())
    await waitFor(() => expect(status()).toBe('authenticated'))
    expect(countRequests('/sessions/whoami')).toBe(2)
  })

  it('throws a clear error outside a provider', () => {
    const spy = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    expect(() => render(<StatusProbe />)).toThrow('[ory-session-react] useSession must be used inside <SessionProvider>')
    spy.mockRestore()
  })
})
