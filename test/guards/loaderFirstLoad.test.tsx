import { act, screen } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { Component, Suspense, type ReactNode } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ensureSession, OrySessionError, useSuspenseSession } from '../../src'
import { answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { newQueryClient, renderWithSession } from '../render'

// Router loaders (ensureSession) and Suspense (useSuspenseSession) have no page to show while they
// wait for the first answer: against a Kratos that hangs or fails they must give up as soon as a
// guarded page would show its error (10 s for a hang, ~1 s for refused connections), not after
// every retry (~47 s). The SDK's default policy (3 retries, 10 s timeout), fake timers, MSW.
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const hang = () => new Promise<Response>(() => undefined)
const whoamiCount = () => countRequests('/sessions/whoami')

/** The loader's outcome so far: pending, or what it rejected with. */
function track(promise: Promise<unknown>) {
  const outcome: { settled: boolean; error?: unknown } = { settled: false }
  promise.then(
    () => Object.assign(outcome, { settled: true }),
    (error: unknown) => Object.assign(outcome, { settled: true, error }),
  )
  return outcome
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('ensureSession against a Kratos that is down, before any answer', () => {
  it('a hung whoami: the loader rejects with the timeout after 10 s (one request), not after every retry', async () => {
    whoami(hang)
    const loader = track(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, retry: 3 }))
    await advance(9_900)
    expect(loader.settled).toBe(false)
    await advance(200)
    expect(loader.error).toBeInstanceOf(OrySessionError)
    expect((loader.error as OrySessionError).kind).toBe('timeout')
    expect(whoamiCount()).toBe(1)
  })

  it('refused connections: one quick retry, then the network error after ~1 s', async () => {
    whoami(answers.networkError())
    const loader = track(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, retry: 3 }))
    await advance(1_100)
    expect((loader.error as OrySessionError | undefined)?.kind).toBe('network')
    expect(whoamiCount()).toBe(2)
  })

  it('429 with Retry-After: 30 rejects at once instead of waiting 30 s', async () => {
    whoami(() => HttpResponse.json({ error: { code: 429 } }, { status: 429, headers: { 'Retry-After': '30' } }))
    const loader = track(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, retry: 3 }))
    await advance(10)
    expect((loader.error as OrySessionError | undefined)?.kind).toBe('rate_limited')
    expect(whoamiCount()).toBe(1)
  })

  it('one dropped connection is retried and the loader resolves with the session', async () => {
    let calls = 0
    whoami(() => (++calls === 1 ? HttpResponse.error() : answers.session()()))
    const loader = track(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, retry: 3 }))
    await advance(1_100)
    expect(loader).toEqual({ settled: true })
    expect(whoamiCount()).toBe(2)
  })
})

class Boundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  override state = { error: null as Error | null }
  static getDerivedStateFromError(error: Error) {
    return { error }
  }
  override render() {
    return this.state.error ? <p role="alert">{(this.state.error as OrySessionError).kind}</p> : this.props.children
  }
}

function Status() {
  return <p>status: {useSuspenseSession().status}</p>
}

describe('useSuspenseSession against a hung Kratos, before any answer', () => {
  it('the error boundary gets the timeout after 10 s, not after every retry', async () => {
    whoami(hang)
    renderWithSession(
      <Boundary>
        <Suspense fallback={<p>suspended</p>}>
          <Status />
        </Suspense>
      </Boundary>,
      { retry: 3 },
    )
    await advance(9_900)
    expect(screen.getByText('suspended')).toBeTruthy()
    await advance(200)
    expect(screen.getByRole('alert').textContent).toBe('timeout')
    expect(whoamiCount()).toBe(1)
  })
})
