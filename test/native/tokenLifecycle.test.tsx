import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse, type JsonBodyType } from 'msw'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useLogout, useSession, useSessions } from '../../src'
import { useLoginFlow } from '../../src/flows'
import { tokenTransport, useTokenSignIn, type TokenStorage } from '../../src/native'
import { native } from '../fixtures/native'
import { countRequests, KRATOS_URL, requests, server } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'
import { SignIn } from './SignIn'
import { asSession, LOGIN_TOKEN, recordingStorage, replay, tokenLogout, tokenWhoami } from './nativeKratos'

// Token mode across hooks and lifetimes: what one hook stores the others use, a hook that goes
// away mid-request, a storage that refuses, and no web storage on the way.
const KEY = 'ory_session_token'
const status = () => screen.getByTestId('status-status').textContent
const text = (id: string) => screen.getByTestId(id).textContent
const loginAnswer = { ...native.loginSuccess.body, session: asSession(native.loginSuccess.body.session) }

function OtherSessions() {
  const { data } = useSessions()
  return <span data-testid="others">{data ? data.others.map((s) => s.id).join(',') : '-'}</span>
}

describe('token mode: one token for every hook', () => {
  it("the token useTokenSignIn stores is the one useSessions sends next, in another component", async () => {
    tokenWhoami()
    const sent: (string | null)[] = []
    server.use(
      http.get(`${KRATOS_URL}/sessions`, ({ request }) => {
        sent.push(request.headers.get('X-Session-Token'))
        return replay(native.sessionsList, [{ ...asSession(native.whoami200.body), id: 'other-1' }])
      }),
    )
    renderWithSession(<><StatusProbe /><OtherSessions /><SignIn answer={loginAnswer} /></>, { transport: tokenTransport({ storage: recordingStorage().storage }) })
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('others')).toBe('other-1'))
    expect(status()).toBe('authenticated')
    expect(sent).toEqual([LOGIN_TOKEN])
  })
})

describe('token mode: two sign-ins at once', () => {
  const registration = { ...native.registrationSuccess.body, session: asSession(native.registrationSuccess.body.session) }
  const registrationToken = native.registrationSuccess.body.session_token

  it.each([
    ['registration, then login', [registration, loginAnswer], LOGIN_TOKEN, loginAnswer.session.id],
    ['login, then registration', [loginAnswer, registration], registrationToken, registration.session.id],
  ])('%s: the later one is both the stored token and the session every hook shows', async (_name, answers, token, sessionId) => {
    tokenWhoami()
    let signIn!: (answer: unknown) => Promise<unknown>
    function Both() {
      signIn = useTokenSignIn()
      return <span data-testid="session-id">{useSession().session?.id ?? ''}</span>
    }
    const { storage, values, maxInFlight } = recordingStorage({}, { delayMs: 3 })
    renderWithSession(<><StatusProbe /><Both /></>, { transport: tokenTransport({ storage }) })
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    await act(async () => void (await Promise.all(answers.map((answer) => signIn(answer)))))
    expect(values.get(KEY)).toBe(token)
    await waitFor(() => expect(text('session-id')).toBe(sessionId))
    expect(maxInFlight()).toBe(1)
    expect(countRequests('/sessions/whoami')).toBe(0)
  })
})

describe("token mode under StrictMode's double effects", () => {
  it('one storage read, one whoami, one login flow init', async () => {
    tokenWhoami()
    server.use(http.get(`${KRATOS_URL}/self-service/login/api`, () => HttpResponse.json(native.loginInit.body as JsonBodyType)))
    function LoginScreen() {
      return <span data-testid="flow">{useLoginFlow().status}</span>
    }
    const { storage, calls } = recordingStorage({ [KEY]: LOGIN_TOKEN })
    renderWithSession(<><StatusProbe /><StatusProbe id="other" /><LoginScreen /></>, { transport: tokenTransport({ storage }) })
    await waitFor(() => expect(status()).toBe('authenticated'))
    await waitFor(() => expect(text('flow')).toBe('ready'))
    expect(calls).toEqual([`get ${KEY}`])
    expect(countRequests('/sessions/whoami')).toBe(1)
    expect(countRequests('/self-service/login/api')).toBe(1)
  })
})

describe('token mode: a hook that unmounts mid-request', () => {
  it('a login flow unmounted while Kratos answers still stores the token, and the rest of the app is signed in', async () => {
    tokenWhoami()
    server.use(http.get(`${KRATOS_URL}/self-service/login/api`, () => HttpResponse.json(native.loginInit.body as JsonBodyType)))
    let answer!: () => void
    const answered = new Promise<void>((resolve) => (answer = resolve))
    server.use(
      http.post(`${KRATOS_URL}/self-service/login`, async () => {
        await answered
        return HttpResponse.json(loginAnswer as JsonBodyType)
      }),
    )
    let submit!: ReturnType<typeof useLoginFlow>['submit']
    function LoginScreen() {
      const flow = useLoginFlow()
      submit = flow.submit
      return <span data-testid="flow">{flow.status}</span>
    }
    function App() {
      const [open, setOpen] = useState(true)
      return (
        <>
          <StatusProbe />
          {open && <LoginScreen />}
          <button onClick={() => setOpen(false)}>close</button>
        </>
      )
    }
    const { storage, values } = recordingStorage()
    const errors = vi.spyOn(console, 'error')
    renderWithSession(<App />, { transport: tokenTransport({ storage }) })
    await waitFor(() => expect(text('flow')).toBe('ready'))
    const outcome = submit({ method: 'password', identifier: 'a@example.com', password: 'right' })
    act(() => screen.getByText('close').click())
    answer()
    await act(async () => void (await outcome))
    await waitFor(() => expect(status()).toBe('authenticated'))
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    expect(errors).not.toHaveBeenCalled()
  })
})

describe('token mode: a storage that refuses to write', () => {
  it('useTokenSignIn rejects with kind storage, nobody is shown signed in, and the next sign-in works', async () => {
    tokenWhoami()
    let refuse = true
    const values = new Map<string, string>()
    const storage: TokenStorage = {
      getItem: (key) => values.get(key),
      setItem: async (key, value) => {
        if (refuse) throw new Error('User interaction is not allowed.')
        values.set(key, value)
      },
      removeItem: (key) => void values.delete(key),
    }
    renderWithSession(<><StatusProbe /><SignIn answer={loginAnswer} /></>, { transport: tokenTransport({ storage }) })
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('error:storage'))
    expect(status()).toBe('unauthenticated')
    expect(values.size).toBe(0)
    refuse = false
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('authenticated'))
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
  })
})

describe('token mode: never web storage', () => {
  it('sign-in, whoami, other sessions and logout write nothing to localStorage or sessionStorage', async () => {
    tokenWhoami()
    tokenLogout()
    server.use(http.get(`${KRATOS_URL}/sessions`, () => replay(native.sessionsList, [])))
    const written = vi.spyOn(Storage.prototype, 'setItem')
    function SignOut() {
      const { logout } = useLogout()
      return <button onClick={() => void logout()}>sign out</button>
    }
    const { storage, values } = recordingStorage()
    renderWithSession(<><StatusProbe /><OtherSessions /><SignIn answer={loginAnswer} /><SignOut /></>, { transport: tokenTransport({ storage }) })
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('others')).toBe(''))
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    act(() => screen.getByText('sign out').click())
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    expect(countRequests('/self-service/logout/api')).toBe(1)
    expect(written).not.toHaveBeenCalled()
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(requests.every((request) => request.credentials === 'omit')).toBe(true)
  })
})
