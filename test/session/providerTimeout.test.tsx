import { act, screen } from '@testing-library/react'
import { http } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLogout, useRevokeOtherSessions, useSessions, useSessionToken } from '../../src'
import { answers, KRATOS_URL, server, whoami } from '../kratos'
import { advanceAndSettle, renderWithSession } from '../render'

// Every Kratos call the provider's hooks make gives up after <SessionProvider timeoutMs>, not only
// whoami: the endpoint they share carries it (the default 10 s only when the app sets none).
const advance = advanceAndSettle
const hang = () => new Promise<Response>(() => undefined)
const text = (id: string) => screen.getByTestId(id).textContent

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  whoami(answers.session())
})
afterEach(() => {
  vi.useRealTimers()
})

function Hooks() {
  const { logout, error: logoutError } = useLogout()
  const { revokeOthers, error: revokeError } = useRevokeOtherSessions()
  const sessions = useSessions()
  const token = useSessionToken({ template: 'api' })
  return (
    <>
      <button onClick={() => void logout()}>sign out</button>
      <button onClick={() => void revokeOthers()}>revoke others</button>
      <p data-testid="logout-error">{logoutError?.kind ?? '-'}</p>
      <p data-testid="revoke-error">{revokeError?.kind ?? '-'}</p>
      <p data-testid="sessions-error">{sessions.error?.kind ?? '-'}</p>
      <p data-testid="token-error">{token.error?.kind ?? '-'}</p>
    </>
  )
}

describe("the provider's timeoutMs bounds every call of its hooks", () => {
  it('GET /sessions and whoami?tokenize_as hang: both report a timeout after 2 s', async () => {
    server.use(
      http.get(`${KRATOS_URL}/sessions`, hang),
      http.get(`${KRATOS_URL}/sessions/whoami`, ({ request }) => (new URL(request.url).searchParams.has('tokenize_as') ? hang() : answers.session()())),
    )
    renderWithSession(<Hooks />, { timeoutMs: 2_000 })
    await advance(0) // whoami's answer signs in: the hooks start their calls
    await advance(1_900)
    expect(text('sessions-error')).toBe('-')
    expect(text('token-error')).toBe('-')
    await advance(200)
    expect(text('sessions-error')).toBe('timeout')
    expect(text('token-error')).toBe('timeout')
  })

  it('the logout flow and DELETE /sessions hang: both report a timeout after 2 s', async () => {
    server.use(
      http.get(`${KRATOS_URL}/self-service/logout/browser`, hang),
      http.delete(`${KRATOS_URL}/sessions`, hang),
      http.get(`${KRATOS_URL}/sessions`, hang),
    )
    renderWithSession(<Hooks />, { timeoutMs: 2_000 })
    await advance(0) // whoami's answer signs in: the hooks start their calls
    await advance(10)
    act(() => screen.getByText('sign out').click())
    act(() => screen.getByText('revoke others').click())
    await advance(1_900)
    expect(text('logout-error')).toBe('-')
    expect(text('revoke-error')).toBe('-')
    await advance(200)
    expect(text('logout-error')).toBe('timeout')
    expect(text('revoke-error')).toBe('timeout')
  })
})
