import { act, screen } from '@testing-library/react'
import fc from 'fast-check'
import { HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { RequireAuth } from '../../src'
import { decideAccess } from '../../src/guards/decideAccess'
import { interpretWhoami } from '../../src/session/interpretWhoami'
import { toSessionState, type SessionStatus } from '../../src/session/sessionState'
import { activeSession, kratosErrors } from '../fixtures'
import { KRATOS_URL, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

const STATUSES: SessionStatus[] = ['loading', 'authenticated', 'unauthenticated', 'aal2_required', 'error']
const LOGIN = `${KRATOS_URL}/self-service/login/browser?`

// Whoami answers drawn from what Kratos, proxies and broken networks send: real bodies, mangled
// real bodies, arbitrary JSON and arbitrary text, with any status.
const sessionLike = fc
  .record(
    {
      active: fc.oneof(fc.boolean(), fc.constant('yes'), fc.constant(null)),
      authenticator_assurance_level: fc.constantFrom('aal1', 'aal2', 'aal3', 7),
      authenticated_at: fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toISOString()), fc.constant('soon'), fc.constant(0)),
      id: fc.oneof(fc.uuid(), fc.constant(''), fc.integer()),
    },
    { requiredKeys: [] },
  )
  .map((overrides) => ({ ...activeSession(), ...overrides }))
const body = fc.oneof(
  sessionLike,
  fc.constantFrom<unknown>(kratosErrors.whoami401, kratosErrors.whoami403Aal2, kratosErrors.csrf403, kratosErrors.sessionInactive401),
  fc.jsonValue(),
)
const status = fc.oneof(fc.constantFrom(200, 401, 403, 429, 500, 502, 503), fc.integer({ min: 200, max: 599 }))
const answer = fc.record({
  status,
  body: fc.oneof(body.map((json) => ({ json, text: undefined })), fc.string().map((text) => ({ json: undefined, text }))),
  retryAfter: fc.option(fc.oneof(fc.nat().map(String), fc.string()), { nil: null }),
})

describe('properties of the whoami → state → guard pipeline (pure, 2000 runs)', () => {
  it('always yields one of the five statuses, and guards only ever ask for a login on 401/403/200', () => {
    fc.assert(
      fc.property(answer, fc.constantFrom<'aal1' | 'aal2' | undefined>(undefined, 'aal1', 'aal2'), fc.option(fc.nat(10_000), { nil: undefined }), (a, aal, maxAge) => {
        let state
        try {
          state = toSessionState(interpretWhoami({ status: a.status, json: a.body.json, text: a.body.text, retryAfter: a.retryAfter }), null, async () => {})
        } catch (error) {
          // Everything that is not an answer about the user becomes an error state, never a throw.
          state = toSessionState(undefined, error as never, async () => {})
          expect(state.status).toBe('error')
        }
        expect(STATUSES).toContain(state.status)
        const decision = decideAccess(state, { ...(aal ? { aal } : {}), ...(maxAge === undefined ? {} : { maxAge }) }, Date.now())
        if (decision.type === 'login') expect([200, 401, 403]).toContain(a.status)
        if (a.status >= 500 || a.status === 429) expect(decision.type).toBe('fail')
      }),
      { numRuns: 2000 },
    )
  })
})

describe('properties of the rendered hooks and guards (real fetch through MSW, 60 runs)', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  })
  afterEach(() => vi.useRealTimers())

  it('never throw, always report one of the five statuses, and only navigate to Kratos login', async () => {
    await fc.assert(
      fc.asyncProperty(answer, async (a) => {
        whoami(() => {
          const headers: Record<string, string> = a.retryAfter === null ? {} : { 'Retry-After': a.retryAfter.replace(/[^\x20-\x7e]/g, '') }
          if (a.status < 200 || a.status === 204 || a.status === 205 || a.status === 304) return new HttpResponse(null, { status: a.status })
          return a.body.text !== undefined
            ? new HttpResponse(a.body.text, { status: a.status, headers })
            : HttpResponse.json(a.body.json as never, { status: a.status, headers })
        })
        const { navigate, unmount } = renderWithSession(
          <>
            <StatusProbe />
            <RequireAuth aal="aal2" maxAge={600}>
              <p>secret</p>
            </RequireAuth>
          </>,
        )
        await act(() => vi.advanceTimersByTimeAsync(100))
        const shown = screen.getByTestId('status-status').textContent as SessionStatus
        expect(STATUSES).toContain(shown)
        for (const [url] of navigate.mock.calls) expect(url.startsWith(LOGIN)).toBe(true)
        if (navigate.mock.calls.length > 0) expect([200, 401, 403]).toContain(a.status)
        unmount()
        sessionStorage.clear()
      }),
      { numRuns: 60 },
    )
    // 60 rendered runs take 0.6–4.4 s alone; on a loaded 2-core machine they passed vitest's 5 s default.
  }, 30_000)
})
