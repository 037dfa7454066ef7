import { act, screen } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth, useSession } from '../../src'
import { answers, countRequests, whoami } from '../kratos'
import { renderWithSession } from '../render'

// A first load against a Kratos that hangs, refuses or fails: how soon the error with "Try again"
// shows, that it stays while the SDK keeps asking in the background, and that the page moves on by
// itself once Kratos answers. The default policy (3 retries, 10 s timeout), fake timers, MSW.
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const focus = () => act(() => void window.dispatchEvent(new Event('visibilitychange')))
const whoamiCount = () => countRequests('/sessions/whoami')
const hang = () => new Promise<Response>(() => undefined)
const tryAgain = () => screen.queryByRole('button', { name: 'Try again' })

/** Every status the page committed, in order, with the fake clock's time. */
let timeline: { status: string; at: number }[] = []
let started = 0
function StatusTimeline() {
  const { status } = useSession()
  useEffect(() => {
    if (timeline.at(-1)?.status !== status) timeline.push({ status, at: Date.now() - started })
  }, [status])
  return null
}
const statuses = () => timeline.map((entry) => entry.status)
const errorShownAt = () => timeline.find((entry) => entry.status === 'error')?.at

function renderGuardedPage() {
  started = Date.now()
  return renderWithSession(
    <>
      <StatusTimeline />
      <RequireAuth fallback={<p>Checking your session…</p>}>
        <p>protected</p>
      </RequireAuth>
    </>,
    // The SDK's default (3 retries), not the test helper's `retry: 0`.
    { retry: 3 },
  )
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  timeline = []
})
afterEach(() => {
  vi.useRealTimers()
})

describe('first load against a Kratos that is down', () => {
  it('a hung whoami: "Try again" shows after the 10 s timeout (not after all retries), and stays', async () => {
    whoami(hang)
    renderGuardedPage()
    await advance(9_900)
    expect(screen.getByText('Checking your session…')).toBeTruthy()
    await advance(200)
    expect(tryAgain()).toBeTruthy()
    expect(errorShownAt()).toBeLessThanOrEqual(10_100)

    // Five minutes of background retries, polls and focus changes: the error never leaves.
    const before = whoamiCount()
    for (let minute = 0; minute < 5; minute++) {
      await advance(30_000)
      focus()
      await advance(30_000)
    }
    expect(whoamiCount() - before).toBeGreaterThan(5)
    expect(statuses()).toEqual(['loading', 'error'])
    expect(tryAgain()).toBeTruthy()

    // Kratos answers again: the page moves on without anybody clicking.
    whoami(answers.session())
    await advance(70_000)
    expect(screen.getByText('protected')).toBeTruthy()
    expect(statuses()).toEqual(['loading', 'error', 'authenticated'])
  })

  it.each([
    ['connection refused', answers.networkError()],
    ['503', answers.status(503)],
    ['502', answers.status(502)],
  ])('%s: the error shows after the first quick retry (about 1 s), and stays until Kratos answers', async (_name, failure) => {
    whoami(failure)
    renderGuardedPage()
    await advance(500)
    expect(tryAgain()).toBeNull()
    await advance(600)
    expect(tryAgain()).toBeTruthy()
    expect(errorShownAt()).toBeLessThanOrEqual(1_100)

    for (let i = 0; i < 20; i++) {
      await advance(7_000)
      focus()
    }
    expect(statuses()).toEqual(['loading', 'error'])

    whoami(answers.session())
    await advance(70_000)
    expect(screen.getByText('protected')).toBeTruthy()
    expect(statuses()).toEqual(['loading', 'error', 'authenticated'])
  })

  it('a 429 whose Retry-After is 30 s shows the error at once instead of waiting for it', async () => {
    whoami(() => HttpResponse.json({ error: { code: 429 } }, { status: 429, headers: { 'Retry-After': '30' } }))
    renderGuardedPage()
    await advance(50)
    expect(tryAgain()).toBeTruthy()
    await advance(29_000)
    expect(whoamiCount()).toBe(1)
    whoami(answers.session())
    await advance(2_000)
    expect(screen.getByText('protected')).toBeTruthy()
    expect(statuses()).toEqual(['loading', 'error', 'authenticated'])
  })

  it('one dropped connection does not flash the error: the 1 s retry answers first', async () => {
    let calls = 0
    whoami(() => (++calls === 1 ? HttpResponse.error() : answers.session()()))
    renderGuardedPage()
    await advance(1_100)
    expect(screen.getByText('protected')).toBeTruthy()
    expect(statuses()).toEqual(['loading', 'authenticated'])
  })

  it('"Try again" while Kratos still hangs keeps the error (no flip back to "Checking…")', async () => {
    whoami(hang)
    renderGuardedPage()
    await advance(10_100)
    act(() => tryAgain()?.click())
    await advance(5_000)
    // The box says it is trying (issue 19: a click used to change nothing for 15 s), error kept.
    expect(screen.getByRole('button', { name: 'Trying again…' })).toBeTruthy()
    expect(statuses()).toEqual(['loading', 'error'])
    // Kratos comes back: the try that hangs times out, the next one gets the session.
    whoami(answers.session())
    await advance(10_000)
    await advance(4_000)
    expect(screen.getByText('protected')).toBeTruthy()
  })
})
