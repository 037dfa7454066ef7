import { act, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { activeSession } from '../fixtures'
import { answers, countRequests, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const status = () => screen.getByTestId('status-status').textContent

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => vi.useRealTimers())

describe('session expiry', () => {
  it('turns unauthenticated by itself at expires_at, without asking Kratos', async () => {
    whoami(answers.session(activeSession({ expires_at: new Date(Date.now() + 90_000).toISOString() })))
    renderWithSession(<StatusProbe />, { syncTabs: false, staleTime: Infinity })
    await advance(10)
    expect(status()).toBe('authenticated')
    await advance(89_000)
    expect(status()).toBe('authenticated')
    await advance(1_000)
    expect(status()).toBe('unauthenticated')
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('does not expire a session whose expiry is beyond setTimeout’s range (Kratos’s 2080 fixture)', async () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />, { syncTabs: false })
    await advance(60_000)
    expect(status()).toBe('authenticated')
  })

  it('asks again when the page comes back from the back/forward cache', async () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />, { syncTabs: false })
    await advance(10)
    whoami(answers.signedOut())
    act(() => void window.dispatchEvent(new PageTransitionEvent('pageshow', { persisted: true })))
    await advance(10)
    expect(status()).toBe('unauthenticated')
    expect(countRequests('/sessions/whoami')).toBe(2)
  })
})
