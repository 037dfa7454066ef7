import { act, screen } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLogout, useSessionToken } from '../../src'
import { activeSession, kratosErrors } from '../fixtures'
import claims from '../fixtures/tokenized-jwt-claims-es256-without-jsonnet.json'
import { KRATOS_URL, logoutFlow, server } from '../kratos'
import { advanceAndSettle, renderWithSession } from '../render'

const TTL_S = 60
const base64url = (value: unknown) => btoa(JSON.stringify(value)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
// Kratos's claims (fixture) with the times of "now": an unsigned stand-in for its ES256 JWT.
const jwtIssuedNow = (n: number) => {
  const iat = Math.floor(Date.now() / 1000)
  return `${base64url({ alg: 'ES256', typ: 'JWT' })}.${base64url({ ...claims, iat, nbf: iat, exp: iat + TTL_S, jti: `jti-${n}` })}.sig`
}

/** whoami with tokenize_as: the session carrying a fresh JWT; counts the token requests. */
function tokenizingKratos(answer: 'session' | 'signed_out' | 'down' | 'unknown_template' = 'session') {
  const seen: URL[] = []
  server.use(
    http.get(`${KRATOS_URL}/sessions/whoami`, ({ request }) => {
      const url = new URL(request.url)
      if (url.searchParams.has('tokenize_as')) seen.push(url)
      if (answer === 'signed_out') return HttpResponse.json(kratosErrors.whoami401, { status: 401 })
      if (answer === 'down' && url.searchParams.has('tokenize_as')) return HttpResponse.error()
      if (answer === 'unknown_template' && url.searchParams.has('tokenize_as')) {
        return HttpResponse.json({ error: { code: 400, status: 'Bad Request', reason: 'Unable to find tokenizer template "api".', message: 'The request was malformed or contained invalid parameters' } }, { status: 400 })
      }
      return HttpResponse.json(url.searchParams.has('tokenize_as') ? { ...activeSession(), tokenized: jwtIssuedNow(seen.length) } : activeSession())
    }),
  )
  return { seen, set: (next: typeof answer) => void (answer = next) }
}

function TokenProbe() {
  const token = useSessionToken({ template: 'api' })
  const { logout } = useLogout()
  return (
    <>
      <p data-testid="token-status">{token.status}</p>
      <p data-testid="token">{token.token ?? '-'}</p>
      <p data-testid="token-error">{token.error?.message ?? '-'}</p>
      <button onClick={() => void logout()}>sign out</button>
    </>
  )
}

const text = (id: string) => screen.getByTestId(id).textContent
const advance = advanceAndSettle

beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] }))
afterEach(() => vi.useRealTimers())

describe('useSessionToken', () => {
  it('asks whoami with tokenize_as=<template> (with the cookie) and hands out the JWT', async () => {
    const kratos = tokenizingKratos()
    renderWithSession(<TokenProbe />)
    await advance(50)
    expect(text('token-status')).toBe('ready')
    expect(text('token')?.split('.')).toHaveLength(3)
    expect(kratos.seen).toHaveLength(1)
    expect(kratos.seen[0]!.searchParams.get('tokenize_as')).toBe('api')
  })

  it('fetches the next token before exp (10% of the lifetime, at least 5 s, early), not more often', async () => {
    const kratos = tokenizingKratos()
    renderWithSession(<TokenProbe />)
    await advance(50)
    const first = text('token')
    await advance((TTL_S - 7) * 1000) // 53 s: not yet (the refresh is due at 54 s)
    expect(kratos.seen).toHaveLength(1)
    await advance(2_000)
    expect(kratos.seen).toHaveLength(2)
    expect(text('token')).not.toBe(first)
    expect(text('token-status')).toBe('ready')
    await advance(10 * 60_000)
    expect(kratos.seen.length).toBeLessThanOrEqual(2 + Math.ceil((10 * 60) / (TTL_S - 6)))
  })

  it('a focus before the refresh is due keeps the token: no new tokenize_as request (the token is fresh until 54 s)', async () => {
    const kratos = tokenizingKratos()
    renderWithSession(<TokenProbe />)
    await advance(50)
    const first = text('token')
    await advance(40_000) // past half of the 54 s the token stays fresh
    await act(() => void window.dispatchEvent(new Event('visibilitychange')))
    await advance(50)
    expect(kratos.seen).toHaveLength(1)
    expect(text('token')).toBe(first)
  })

  it('signed out: no token, and no tokenize_as request at all', async () => {
    const kratos = tokenizingKratos('signed_out')
    renderWithSession(<TokenProbe />)
    await advance(50)
    expect(text('token-status')).toBe('unavailable')
    expect(kratos.seen).toHaveLength(0)
  })

  it('an unknown template → an error that names the Kratos setting', async () => {
    tokenizingKratos('unknown_template')
    renderWithSession(<TokenProbe />)
    await advance(50)
    expect(text('token-status')).toBe('error')
    expect(text('token-error')).toContain('Unable to find tokenizer template')
  })

  it('a network error while refreshing keeps the current token until it expires', async () => {
    const kratos = tokenizingKratos()
    renderWithSession(<TokenProbe />)
    await advance(50)
    const first = text('token')
    kratos.set('down')
    await advance(55_000)
    expect(text('token')).toBe(first)
    expect(text('token-status')).toBe('ready')
    expect(text('token-error')).toContain('Kratos could not be reached')
    await advance(10_000) // past exp
    expect(text('token')).toBe('-')
  })

  it('sign-out drops the token from memory at once; nothing was ever written to storage or cookies', async () => {
    tokenizingKratos()
    logoutFlow()
    const { queryClient } = renderWithSession(<TokenProbe />)
    await advance(50)
    const token = text('token')!
    await act(async () => screen.getByText('sign out').click())
    await advance(50)
    expect(text('token-status')).toBe('unavailable')
    expect(JSON.stringify(queryClient.getQueryCache().getAll().map((q) => q.state.data))).not.toContain(token.split('.')[1])
    const stored = [JSON.stringify({ ...localStorage }), JSON.stringify({ ...sessionStorage }), document.cookie].join(' ')
    expect(stored).not.toContain(token.split('.')[1])
  })
})

describe('useSessionToken: clocks and outages', () => {
  /** whoami with tokenize_as answering 60 s JWTs stamped with Kratos's clock, `skewS` behind this browser's. */
  function skewedKratos(skewS: number) {
    const state = { requests: 0, down: false }
    server.use(
      http.get(`${KRATOS_URL}/sessions/whoami`, ({ request }) => {
        if (!new URL(request.url).searchParams.has('tokenize_as')) return HttpResponse.json(activeSession())
        state.requests++
        if (state.down) return HttpResponse.error()
        const iat = Math.floor(Date.now() / 1000) - skewS
        const payload = base64url({ ...claims, iat, nbf: iat, exp: iat + TTL_S, jti: `jti-${state.requests}` })
        return HttpResponse.json({ ...activeSession(), tokenized: `${base64url({ alg: 'ES256', typ: 'JWT' })}.${payload}.sig` })
      }),
    )
    return state
  }

  it("a browser clock 2 minutes ahead of Kratos's still gets its token, refreshed once a lifetime (not once a second)", async () => {
    const kratos = skewedKratos(120)
    renderWithSession(<TokenProbe />)
    await advance(50)
    expect(text('token-status')).toBe('ready')
    await advance(5 * 60_000)
    expect(kratos.requests).toBeLessThanOrEqual(1 + Math.ceil((5 * 60) / (TTL_S - 6)))
  })

  it('while Kratos is down, refreshing backs off (5 s … 60 s) and the token goes exactly at its expiry', async () => {
    const kratos = skewedKratos(0)
    renderWithSession(<TokenProbe />)
    await advance(50)
    kratos.down = true
    await advance(59_000)
    expect(text('token-status')).toBe('ready')
    await advance(1_000)
    expect(text('token-status')).toBe('error')
    kratos.requests = 0
    await advance(5 * 60_000)
    expect(kratos.requests).toBeLessThanOrEqual(10)
  })
})
