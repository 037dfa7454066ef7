import { act, screen } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { DEFAULT_STALE_TIME } from '../../src'
import { answers, countRequests, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

// Everything time-based runs on fake timers: retries, backoff, staleTime, outage polling, timeouts.
const status = () => screen.getByTestId('status-status').textContent
const errorText = () => screen.getByTestId('status-error').textContent
const whoamiCount = () => countRequests('/sessions/whoami')
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const focus = () => act(() => void window.dispatchEvent(new Event('visibilitychange')))

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

describe('refetching on focus', () => {
  it('does not ask again on focus while the answer is fresh, and does once it is stale', async () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />)
    await advance(10)
    expect(status()).toBe('authenticated')
    for (let i = 0; i < 20; i++) focus()
    await advance(10)
    expect(whoamiCount()).toBe(1)
    await advance(DEFAULT_STALE_TIME)
    for (let i = 0; i < 20; i++) focus()
    await advance(10)
    expect(whoamiCount()).toBe(2)
  })

  it('notices a sign-out made elsewhere when the tab regains focus', async () => {
    whoami(answers.session())
    renderWithSession(<StatusProbe />)
    await advance(DEFAULT_STALE_TIME + 10)
    whoami(answers.signedOut())
    focus()
    await advance(10)
    expect(status()).toBe('unauthenticated')
  })
})

describe('retries and outages', () => {
  it('retries a 503 with backoff and shows the session once Kratos answers', async () => {
    let calls = 0
    whoami(() => {
      calls += 1
      return calls < 3 ? HttpResponse.json({ error: { code: 503 } }, { status: 503 }) : answers.session()()
    })
    renderWithSession(<StatusProbe />, { retry: 3 })
    await advance(10)
    expect(status()).toBe('loading')
    await advance(1000) // first retry after 1 s
    expect(whoamiCount()).toBe(2)
    await advance(2000) // second retry after 2 s
    expect(status()).toBe('authenticated')
    expect(whoamiCount()).toBe(3)
  })

  it('never retries 401 or 403: they are answers', async () => {
    whoami(answers.aal2Required())
    renderWithSession(<StatusProbe />, { retry: 3 })
    await advance(60_000)
    expect(status()).toBe('aal2_required')
    expect(whoamiCount()).toBe(1)
  })

  it('honours Retry-After on 429', async () => {
    let calls = 0
    whoami(() => {
      calls += 1
      return calls === 1
        ? HttpResponse.json({ error: { code: 429 } }, { status: 429, headers: { 'Retry-After': '7' } })
        : answers.session()()
    })
    renderWithSession(<StatusProbe />, { retry: 3 })
    await advance(6_900)
    expect(whoamiCount()).toBe(1)
    await advance(200)
    expect(whoamiCount()).toBe(2)
    expect(status()).toBe('authenticated')
  })

  it('gives up on a hung whoami after timeoutMs with a timeout error', async () => {
    whoami(() => new Promise<Response>(() => undefined))
    renderWithSession(<StatusProbe />, { timeoutMs: 5_000 })
    await advance(4_900)
    expect(status()).toBe('loading')
    await advance(200)
    expect(status()).toBe('error')
    expect(errorText()).toBe('timeout:')
  })

  it('recovers by itself after an outage, without hammering Kratos', async () => {
    whoami(answers.session())
    const { queryClient } = renderWithSession(<StatusProbe />, { retry: 3 })
    await advance(10)
    whoami(answers.networkError())
    const before = whoamiCount()
    act(() => void queryClient.refetchQueries())
    await advance(5 * 60_000)
    const duringOutage = whoamiCount() - before
    expect(status()).toBe('authenticated') // the session is kept throughout
    expect(errorText()).toBe('network:')
    expect(duringOutage).toBeLessThan(30)
    whoami(answers.session())
    await advance(60_000)
    expect(errorText()).toBe('')
    expect(status()).toBe('authenticated')
  })
})
