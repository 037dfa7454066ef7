import { act, screen } from '@testing-library/react'
import { HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '../../src'
import { activeSession, kratosErrors } from '../fixtures'
import { answers, countRequests, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

// docs/reliability.md lists these rows. Each row: what useSession reports, what a guard does, and
// that the page recovers by itself once Kratos answers again. Fake timers drive the recovery.
const advance = (ms: number) => act(() => vi.advanceTimersByTimeAsync(ms))
const status = () => screen.getByTestId('status-status').textContent
const errorText = () => screen.getByTestId('status-error').textContent
const html = (status: number) => () => new HttpResponse('<!doctype html><title>proxy</title>', { status, headers: { 'Content-Type': 'text/html' } })
const raw = (body: string, status = 200) => () => new HttpResponse(body, { status, headers: { 'Content-Type': 'application/json' } })

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

const rows: [string, Parameters<typeof whoami>[0], string][] = [
  ['network error / CORS refusal / connection refused (fetch rejects)', answers.networkError(), 'network:'],
  ['500', answers.status(500), 'http:500'],
  ['502', answers.status(502), 'http:502'],
  ['503', answers.status(503), 'http:503'],
  ['504', answers.status(504), 'http:504'],
  ['429 without Retry-After', answers.status(429), 'rate_limited:429'],
  ['429 with Retry-After', () => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '20' } }), 'rate_limited:429'],
  ['200 with HTML (missing Accept, proxy misroute)', html(200), 'invalid_response:200'],
  ['200 with an empty body', raw(''), 'invalid_response:200'],
  ['200 with truncated JSON', raw('{"id":"7458af86-c1d8-4'), 'invalid_response:200'],
  ['200 with JSON missing id', () => HttpResponse.json({ ...activeSession(), id: undefined }), 'invalid_response:200'],
  ['200 with wrong types (active: "yes")', () => HttpResponse.json({ ...activeSession(), active: 'yes' }), 'invalid_response:200'],
  ['200 with a JSON array', () => HttpResponse.json([activeSession()]), 'invalid_response:200'],
  ['403 CSRF violation (not aal2)', () => HttpResponse.json(kratosErrors.csrf403, { status: 403 }), 'http:403'],
  ['400 with an unknown tokenize_as-style error', answers.status(400), 'http:400'],
]

describe('failure table: nothing signs anybody out, the guard never redirects, the page recovers', () => {
  it.each(rows)('%s', async (_row, failure, expectedError) => {
    whoami(failure)
    const { navigate } = renderWithSession(
      <>
        <StatusProbe />
        <RequireAuth fallback={<p>checking</p>}>
          <p>secret</p>
        </RequireAuth>
      </>,
    )
    await advance(50)
    expect(status()).toBe('error')
    expect(errorText()).toBe(expectedError)
    expect(screen.getByRole('alert')).toBeTruthy()
    expect(navigate).not.toHaveBeenCalled()

    whoami(answers.session())
    await advance(60_000)
    expect(status()).toBe('authenticated')
    expect(errorText()).toBe('')
    expect(screen.getByText('secret')).toBeTruthy()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('a 401 whose body is not JSON is still "signed out"', async () => {
    whoami(raw('Unauthorized', 401))
    const { navigate } = renderWithSession(<StatusProbe />)
    await advance(50)
    expect(status()).toBe('unauthenticated')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('Kratos flapping between 200 and 401 is reported as it answers, without errors', async () => {
    let calls = 0
    whoami(() => (++calls % 2 === 1 ? answers.session()() : answers.signedOut()()))
    const { queryClient } = renderWithSession(<StatusProbe />)
    const seen: string[] = []
    for (let i = 0; i < 4; i++) {
      await advance(50)
      seen.push(status() ?? '')
      await act(() => queryClient.refetchQueries())
    }
    expect(seen).toEqual(['authenticated', 'unauthenticated', 'authenticated', 'unauthenticated'])
    expect(errorText()).toBe('')
  })

  it('never hammers Kratos: a 5-minute outage in the foreground costs a bounded number of requests', async () => {
    whoami(answers.networkError())
    renderWithSession(<StatusProbe />, { retry: 3 })
    await advance(5 * 60_000)
    const requests = countRequests('/sessions/whoami')
    // 1 + 3 retries (at 1 s, 3 s, 7 s), then single polls 5, 10, 20, 40, 60, 60, 60 s apart: 11.
    expect(requests).toBe(11)
    expect(status()).toBe('error')
  })

  it('honours a long Retry-After: no request before Kratos said so', async () => {
    whoami(() => HttpResponse.json({}, { status: 429, headers: { 'Retry-After': '120' } }))
    renderWithSession(<StatusProbe />, { retry: 3 })
    await advance(119_000)
    expect(countRequests('/sessions/whoami')).toBe(1)
    await advance(2_000)
    expect(countRequests('/sessions/whoami')).toBe(2)
  })
})
