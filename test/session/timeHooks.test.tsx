import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { usePrivilegedSession, useSessionExpiry } from '../../src'
import { activeSession } from '../fixtures'
import { answers, whoami } from '../kratos'
import { renderWithSession } from '../render'

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const iso = (offsetMs: number) => new Date(Date.now() + offsetMs).toISOString()

function Countdowns({ aal }: { aal?: 'aal2' }) {
  const { expiresIn } = useSessionExpiry()
  const privileged = usePrivilegedSession({ maxAge: 300, ...(aal ? { aal } : {}) })
  return (
    <>
      <span data-testid="expires-in">{expiresIn === null ? 'none' : Math.round(expiresIn / 1000)}</span>
      <span data-testid="privileged">{String(privileged.isPrivileged)}</span>
      <span data-testid="privileged-in">{privileged.expiresIn === null ? 'none' : Math.round(privileged.expiresIn / 1000)}</span>
    </>
  )
}
const text = (id: string) => screen.getByTestId(id).textContent

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => vi.useRealTimers())

describe('useSessionExpiry and usePrivilegedSession', () => {
  it('count down from expires_at and authenticated_at + maxAge', async () => {
    whoami(answers.session(activeSession({ expires_at: iso(3_600_000), authenticated_at: iso(-60_000) })))
    renderWithSession(<Countdowns />, { syncTabs: false, staleTime: Infinity })
    await advance(10)
    expect(text('expires-in')).toBe('3600')
    expect(text('privileged')).toBe('true')
    expect(text('privileged-in')).toBe('240')
    await advance(240_000)
    expect(text('privileged')).toBe('false')
    expect(text('privileged-in')).toBe('0')
    expect(text('expires-in')).toBe('3360')
  })

  it('judge the second factor for aal2 (completed_at of the aal2 method)', async () => {
    whoami(
      answers.session(
        activeSession({
          authenticated_at: iso(-60_000),
          authentication_methods: [
            { method: 'password', aal: 'aal1', completed_at: iso(-60_000) },
            { method: 'totp', aal: 'aal2', completed_at: iso(-290_000) },
          ],
        }),
      ),
    )
    renderWithSession(<Countdowns aal="aal2" />, { syncTabs: false, staleTime: Infinity })
    await advance(10)
    expect(text('privileged-in')).toBe('10')
  })

  it('report nothing when signed out', async () => {
    whoami(answers.signedOut())
    renderWithSession(<Countdowns />, { syncTabs: false })
    await advance(10)
    expect(text('expires-in')).toBe('none')
    expect(text('privileged')).toBe('false')
  })
})
