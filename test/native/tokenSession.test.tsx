import { screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import { memoryStorage, tokenTransport } from '../../src/native'
import { native } from '../fixtures/native'
import { answers, countRequests, KRATOS_URL, requests, server, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'
import { AAL1_TOKEN, LOGIN_TOKEN, recordingStorage, tokenWhoami } from './nativeKratos'

const KEY = 'ory_session_token'
const status = () => screen.getByTestId('status-status').textContent

function renderToken(storage = recordingStorage({ [KEY]: LOGIN_TOKEN })) {
  const transport = tokenTransport({ storage: storage.storage })
  return { ...renderWithSession(<StatusProbe />, { transport }), ...storage }
}

describe('token mode: useSession', () => {
  it('asks whoami with X-Session-Token, credentials omit, and no Cookie or Origin header', async () => {
    tokenWhoami()
    renderToken()
    await waitFor(() => expect(status()).toBe('authenticated'))
    expect(screen.getByTestId('status-email').textContent).toBe(native.whoami200.body.identity.traits.email)
    const request = requests.find((r) => r.path === '/sessions/whoami')!
    expect(request.headers.get('X-Session-Token')).toBe(LOGIN_TOKEN)
    expect(request.credentials).toBe('omit')
    expect(request.headers.get('Cookie')).toBeNull()
    expect(request.headers.get('Origin')).toBeNull()
    expect(request.headers.get('Accept')).toBe('application/json')
  })

  it('with no stored token is signed out without asking Kratos (works offline)', async () => {
    tokenWhoami()
    renderToken(recordingStorage())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(countRequests('/sessions/whoami')).toBe(0)
  })

  it("a whoami 401 (Kratos's answer after logout) removes the stored token", async () => {
    tokenWhoami()
    const { values } = renderToken(recordingStorage({ [KEY]: 'ory_st_capture_4' }))
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    await waitFor(() => expect(values.has(KEY)).toBe(false))
  })

  it("a whoami 401 is signed out even when the storage cannot delete the dead token (a locked keychain)", async () => {
    tokenWhoami()
    let locked = true
    const values = new Map([[KEY, 'ory_st_capture_4']])
    const transport = tokenTransport({
      storage: {
        getItem: (key) => values.get(key),
        setItem: (key, value) => void values.set(key, value),
        removeItem: (key) => {
          if (locked) throw new Error('User interaction is not allowed.')
          values.delete(key)
        },
      },
    })
    renderWithSession(<StatusProbe />, { transport })
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(screen.getByTestId('status-error').textContent).toBe('')
    // The dead token is still there; the next 401 tries again.
    expect(values.get(KEY)).toBe('ory_st_capture_4')
    locked = false
    await transport.send(new URL(`${KRATOS_URL}/sessions/whoami`), {})
    expect(values.has(KEY)).toBe(false)
  })

  it('a whoami 403 session_aal2_required keeps the token and reports aal2_required', async () => {
    tokenWhoami()
    const { values } = renderToken(recordingStorage({ [KEY]: AAL1_TOKEN }))
    await waitFor(() => expect(status()).toBe('aal2_required'))
    expect(values.get(KEY)).toBe(AAL1_TOKEN)
  })

  it.each([
    ['a network error', answers.networkError()],
    ['a 500', answers.status(500)],
    ['a 503', answers.status(503)],
    ['a timeout-like 504', answers.status(504)],
  ])('%s never removes the token (and signs nobody out)', async (_name, resolver) => {
    whoami(resolver)
    const { values } = renderToken()
    await waitFor(() => expect(status()).toBe('error'))
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
  })

  it('a storage that cannot be read is an error (kind storage), not a sign-out', async () => {
    tokenWhoami()
    const transport = tokenTransport({
      storage: { getItem: () => Promise.reject(new Error('keychain locked')), setItem: () => {}, removeItem: () => {} },
    })
    renderWithSession(<StatusProbe />, { transport })
    await waitFor(() => expect(status()).toBe('error'))
    expect(screen.getByTestId('status-error').textContent).toBe('storage:')
    expect(countRequests('/sessions/whoami')).toBe(0)
  })

  it('sends through the fetch the app hands in (native HTTP), with the same headers', async () => {
    tokenWhoami()
    const nativeFetch = vi.fn((url: URL, init: RequestInit) => fetch(url, init))
    const transport = tokenTransport({ storage: recordingStorage({ [KEY]: LOGIN_TOKEN }).storage, fetch: nativeFetch })
    renderWithSession(<StatusProbe />, { transport })
    await waitFor(() => expect(status()).toBe('authenticated'))
    const [url, init] = nativeFetch.mock.calls[0]!
    expect(String(url)).toBe(`${KRATOS_URL}/sessions/whoami`)
    expect(init.credentials).toBe('omit')
    expect(new Headers(init.headers).get('X-Session-Token')).toBe(LOGIN_TOKEN)
  })

  it('warns loudly when the token would go to web storage', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    tokenTransport({ storage: localStorage })
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('one XSS steals the session'))
    warn.mockClear()
    tokenTransport({ storage: memoryStorage() })
    expect(warn).not.toHaveBeenCalled()
  })
})

describe('cookie mode stays cookie mode', () => {
  it('never sends X-Session-Token, always credentials include', async () => {
    whoami(answers.session())
    server.use(http.get(`${KRATOS_URL}/sessions`, () => HttpResponse.json([])))
    renderWithSession(<StatusProbe />)
    await waitFor(() => expect(status()).toBe('authenticated'))
    expect(requests.length).toBeGreaterThan(0)
    for (const request of requests) {
      expect(request.headers.get('X-Session-Token')).toBeNull()
      expect(request.credentials).toBe('include')
    }
  })
})
