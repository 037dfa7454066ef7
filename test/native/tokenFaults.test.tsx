import { act, screen } from '@testing-library/react'
import { delay, http, HttpResponse, type JsonBodyType } from 'msw'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useLogout } from '../../src'
import { useLoginFlow } from '../../src/flows'
import { tokenTransport, type TokenStorage } from '../../src/native'
import { native } from '../fixtures/native'
import { countRequests, KRATOS_URL, server } from '../kratos'
import { advanceAndSettle, renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'
import { LOGIN_TOKEN, recordingStorage, tokenWhoami } from './nativeKratos'

// Token mode when something is slow or down: Kratos, or the app's storage. Fake clock throughout.
const KEY = 'ory_session_token'
const status = () => screen.getByTestId('status-status').textContent
const shownError = () => screen.getByTestId('status-error').textContent

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
})
afterEach(() => {
  vi.useRealTimers()
})

/** A storage whose getItem answers only when the test says so (a keychain waiting for the device). */
function heldStorage(token: string) {
  const values = new Map([[KEY, token]])
  let release!: () => void
  const held = new Promise<void>((resolve) => (release = resolve))
  const storage: TokenStorage = {
    getItem: async (key) => {
      await held
      return values.get(key)
    },
    setItem: (key, value) => void values.set(key, value),
    removeItem: (key) => void values.delete(key),
  }
  return { storage, values, release }
}

describe('token mode: whoami when Kratos hangs', () => {
  it('a timeout is an error that keeps the token and signs nobody out', async () => {
    server.use(
      http.get(`${KRATOS_URL}/sessions/whoami`, async () => {
        await delay('infinite')
        return HttpResponse.json(native.whoami200.body)
      }),
    )
    const { storage, values } = recordingStorage({ [KEY]: LOGIN_TOKEN })
    renderWithSession(<StatusProbe />, { transport: tokenTransport({ storage }), timeoutMs: 2_000 })
    await advanceAndSettle(2_100)
    expect(status()).toBe('error')
    expect(shownError()).toBe('timeout:')
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
  })
})

describe('token mode: a storage that does not answer', () => {
  it('is an error after timeoutMs (not loading forever), no sign-out, and the session once it answers', async () => {
    tokenWhoami()
    const { storage, values, release } = heldStorage(LOGIN_TOKEN)
    renderWithSession(<StatusProbe />, { transport: tokenTransport({ storage }), timeoutMs: 2_000 })
    await advanceAndSettle(2_100)
    expect(status()).toBe('error')
    // callKratos reports any call its time limit ended as a timeout.
    expect(shownError()).toBe('timeout:')
    expect(countRequests('/sessions/whoami')).toBe(0)
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    // The keychain answers; the outage poll (5 s after the error) asks again and finds the session.
    release()
    await advanceAndSettle(5_000)
    expect(status()).toBe('authenticated')
  })
})

function SignOut() {
  const { logout, error } = useLogout()
  return (
    <>
      <button onClick={() => void logout()}>sign out</button>
      <span data-testid="logout-error">{error ? `${error.kind}:${error.status ?? ''}` : ''}</span>
    </>
  )
}

describe('token mode: logout when Kratos is down', () => {
  it.each([
    ['a network error', () => HttpResponse.error(), 'network:'],
    ['a 503', () => HttpResponse.json({ error: { code: 503, status: 'Service Unavailable', message: 'down' } }, { status: 503 }), 'http:503'],
  ])('%s: the token still leaves the device, everyone is signed out, and error says the revoke failed', async (_name, answer, shown) => {
    tokenWhoami()
    server.use(http.delete(`${KRATOS_URL}/self-service/logout/api`, answer))
    const { storage, values } = recordingStorage({ [KEY]: LOGIN_TOKEN })
    renderWithSession(<><StatusProbe /><SignOut /></>, { transport: tokenTransport({ storage }) })
    await advanceAndSettle(10)
    expect(status()).toBe('authenticated')
    await act(async () => screen.getByText('sign out').click())
    await advanceAndSettle(10)
    expect(screen.getByTestId('logout-error').textContent).toBe(shown)
    expect(values.has(KEY)).toBe(false)
    expect(status()).toBe('unauthenticated')
  })

  it('a timeout: the same', async () => {
    tokenWhoami()
    server.use(
      http.delete(`${KRATOS_URL}/self-service/logout/api`, async () => {
        await delay('infinite')
        return new HttpResponse(null, { status: 204 })
      }),
    )
    const { storage, values } = recordingStorage({ [KEY]: LOGIN_TOKEN })
    renderWithSession(<><StatusProbe /><SignOut /></>, { transport: tokenTransport({ storage }), timeoutMs: 2_000 })
    await advanceAndSettle(10)
    await act(async () => screen.getByText('sign out').click())
    await advanceAndSettle(2_100)
    expect(screen.getByTestId('logout-error').textContent).toBe('timeout:')
    expect(values.has(KEY)).toBe(false)
    expect(status()).toBe('unauthenticated')
  })
})

describe('token mode: a login flow when Kratos hangs', () => {
  it("gives up after the provider's timeoutMs, keeps the form, stores nothing", async () => {
    tokenWhoami()
    server.use(
      http.get(`${KRATOS_URL}/self-service/login/api`, () => HttpResponse.json(native.loginInit.body as JsonBodyType)),
      http.post(`${KRATOS_URL}/self-service/login`, async () => {
        await delay('infinite')
        return HttpResponse.json(native.loginSuccess.body as JsonBodyType)
      }),
    )
    let flow!: ReturnType<typeof useLoginFlow>
    function LoginScreen() {
      flow = useLoginFlow()
      return <span data-testid="flow">{`${flow.status}:${flow.error?.kind ?? ''}`}</span>
    }
    const { storage, values } = recordingStorage()
    renderWithSession(<LoginScreen />, { transport: tokenTransport({ storage }), timeoutMs: 2_000 })
    await advanceAndSettle(10)
    expect(screen.getByTestId('flow').textContent).toBe('ready:')
    void flow.submit({ method: 'password', identifier: 'a@example.com', password: 'right' })
    await advanceAndSettle(2_100)
    expect(screen.getByTestId('flow').textContent).toBe('ready:timeout')
    expect(values.size).toBe(0)
  })
})
