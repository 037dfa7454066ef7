import { act, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { useSession } from '../../src'
import { tokenTransport, useSocialSignIn, type OpenAuthSession } from '../../src/native'
import { native } from '../fixtures/native'
import { answers, countRequests, KRATOS_URL, requests, server, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'
import { SignIn } from './SignIn'
import { AAL1_TOKEN, asSession, LOGIN_TOKEN, recordingStorage, tokenWhoami } from './nativeKratos'

const KEY = 'ory_session_token'
const status = () => screen.getByTestId('status-status').textContent
const text = (id: string) => screen.getByTestId(id).textContent

/** Every state useSession went through, to prove one never showed. */
function StatusHistory({ seen }: { seen: string[] }) {
  const state = useSession()
  seen.push(`${state.status}:${state.identity ? 'identity' : 'none'}`)
  return null
}

function renderToken(ui: React.ReactNode) {
  const recorded = recordingStorage()
  return { ...renderWithSession(ui, { transport: tokenTransport({ storage: recorded.storage }) }), ...recorded }
}

describe('useTokenSignIn', () => {
  it("stores a login answer's session_token and shows its session at once, without whoami", async () => {
    tokenWhoami()
    const answer = { ...native.loginSuccess.body, session: asSession(native.loginSuccess.body.session) }
    const { values } = renderToken(<><StatusProbe /><SignIn answer={answer} /></>)
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('authenticated'))
    expect(status()).toBe('authenticated')
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    expect(countRequests('/sessions/whoami')).toBe(0)
  })

  it("takes the token from a registration's continue_with set_ory_session_token", async () => {
    tokenWhoami()
    const body = native.registrationSuccess.body
    const { values } = renderToken(<><StatusProbe /><SignIn answer={{ ...body, session: asSession(body.session), session_token: undefined }} /></>)
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('authenticated'))
    const fromContinueWith = body.continue_with.find((item) => item.action === 'set_ory_session_token') as { ory_session_token: string }
    expect(values.get(KEY)).toBe(fromContinueWith.ory_session_token)
  })

  it('a login answer with session.identity null continues to the second factor (aal2_required), never a user without identity', async () => {
    tokenWhoami()
    const seen: string[] = []
    const { values } = renderToken(<><StatusProbe /><StatusHistory seen={seen} /><SignIn answer={native.loginSuccessAal2Required.body} /></>)
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('aal2_required'))
    expect(status()).toBe('aal2_required')
    expect(values.get(KEY)).toBe(AAL1_TOKEN)
    expect(seen.filter((entry) => entry.startsWith('authenticated'))).toEqual([])
    const asked = requests.filter((r) => r.path === '/sessions/whoami').map((r) => r.headers.get('X-Session-Token'))
    expect(asked).toEqual([AAL1_TOKEN])
  })

  it('an answer without a token is invalid_response and stores nothing', async () => {
    tokenWhoami()
    const { values } = renderToken(<><StatusProbe /><SignIn answer={native.loginAal2WrongCode.body} /></>)
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('error:invalid_response'))
    expect(values.size).toBe(0)
  })

  it('cookie mode treats a set_ory_session_token as an error and stores nothing anywhere', async () => {
    whoami(answers.signedOut())
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    renderWithSession(<><StatusProbe /><SignIn answer={native.registrationSuccess.body} /></>)
    await waitFor(() => expect(status()).toBe('unauthenticated'))
    act(() => screen.getByText('sign in').click())
    await waitFor(() => expect(text('outcome')).toBe('error:config'))
    expect(status()).toBe('unauthenticated')
    expect(setItem.mock.calls.filter(([, value]) => String(value).includes('ory_st_'))).toEqual([])
  })
})

describe('useSocialSignIn (exchange code)', () => {
  const RETURN_TO = 'myapp://auth/callback'
  const init = native.loginInitExchangeCode.body
  const PROVIDER_URL = 'https://idp.example.com/authorize?client_id=kratos&state=abc'

  /**
   * Kratos's side: init (captured), the provider submit (422 browser_location_change_required with
   * redirect_browser_to: the shape Kratos v1.3.1 gave in test/e2e/nativeSocial.spec.ts, not stored
   * as a fixture), and the exchange, which answers {session, session_token} like the captured login
   * (or the captured 404).
   */
  function socialKratos(exchange: 'ok' | 'unknown' = 'ok') {
    const seen: { submitted?: unknown; exchanged?: URLSearchParams } = {}
    server.use(
      http.get(`${KRATOS_URL}/self-service/login/api`, ({ request }) => {
        const url = new URL(request.url)
        if (url.searchParams.get('return_session_token_exchange_code') !== 'true' || url.searchParams.get('return_to') !== RETURN_TO) {
          return HttpResponse.json({ error: { code: 400 } }, { status: 400 })
        }
        return HttpResponse.json(init as never)
      }),
      http.post(`${KRATOS_URL}/self-service/login`, async ({ request }) => {
        seen.submitted = await request.json()
        return HttpResponse.json(
          {
            error: { id: 'browser_location_change_required', code: 422, status: 'Unprocessable Entity', reason: 'In order to complete this flow please redirect the browser to: ' + PROVIDER_URL, message: 'browser location change required' },
            redirect_browser_to: PROVIDER_URL,
          },
          { status: 422 },
        )
      }),
      http.get(`${KRATOS_URL}/sessions/token-exchange`, ({ request }) => {
        seen.exchanged = new URL(request.url).searchParams
        if (exchange === 'unknown') return HttpResponse.json(native.tokenExchangeUnknown.body, { status: 404 })
        return HttpResponse.json({ session: asSession(native.loginSuccess.body.session), session_token: LOGIN_TOKEN } as never)
      }),
    )
    return seen
  }

  function Social({ open }: { open: OpenAuthSession }) {
    const { signIn, error } = useSocialSignIn({ returnTo: RETURN_TO, openAuthSession: open })
    const [outcome, setOutcome] = useState('')
    return (
      <>
        <button onClick={() => signIn('generic').then((result) => setOutcome(String(result)))}>google</button>
        <span data-testid="outcome">{outcome}</span>
        <span data-testid="social-error">{error ? `${error.kind}:${error.status ?? ''}` : ''}</span>
        <span data-testid="social-message">{error?.message}</span>
      </>
    )
  }

  it('init with the exchange code, submit the provider, open its page, exchange both codes for the token', async () => {
    tokenWhoami()
    const seen = socialKratos()
    const open = vi.fn<OpenAuthSession>(async () => `${RETURN_TO}?code=the-return-code`)
    const { values } = renderToken(<><StatusProbe /><Social open={open} /></>)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(text('outcome')).toBe('authenticated'))
    expect(open).toHaveBeenCalledWith(PROVIDER_URL, RETURN_TO)
    expect(seen.submitted).toEqual({ method: 'oidc', provider: 'generic' })
    expect(seen.exchanged?.get('init_code')).toBe(init.session_token_exchange_code)
    expect(seen.exchanged?.get('return_to_code')).toBe('the-return-code')
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
    expect(status()).toBe('authenticated')
    for (const request of requests) {
      expect(request.credentials).toBe('omit')
      expect(request.headers.get('Cookie')).toBeNull()
    }
  })

  it('the screen that started it unmounting while the auth session is open still ends signed in', async () => {
    tokenWhoami()
    socialKratos()
    let finish!: () => void
    const closed = new Promise<void>((resolve) => (finish = resolve))
    const open = vi.fn<OpenAuthSession>(async () => {
      await closed
      return `${RETURN_TO}?code=the-return-code`
    })
    function App() {
      const [shown, setShown] = useState(true)
      return (
        <>
          <StatusProbe />
          {shown && <Social open={open} />}
          <button onClick={() => setShown(false)}>leave</button>
        </>
      )
    }
    const { values } = renderToken(<App />)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(open).toHaveBeenCalled())
    act(() => screen.getByText('leave').click())
    finish()
    await waitFor(() => expect(status()).toBe('authenticated'))
    expect(values.get(KEY)).toBe(LOGIN_TOKEN)
  })

  it('a closed auth session is "cancelled": no exchange, nothing stored', async () => {
    tokenWhoami()
    const seen = socialKratos()
    const { values } = renderToken(<><StatusProbe /><Social open={async () => null} /></>)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(text('outcome')).toBe('cancelled'))
    expect(seen.exchanged).toBeUndefined()
    expect(values.size).toBe(0)
  })

  it("Kratos's 404 \"no session yet\" for the codes is an error and stores nothing", async () => {
    tokenWhoami()
    socialKratos('unknown')
    const { values } = renderToken(<><StatusProbe /><Social open={async () => `${RETURN_TO}?code=wrong`} /></>)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(text('social-error')).toBe('http:404'))
    expect(text('outcome')).toBe('null')
    expect(values.size).toBe(0)
  })

  it('a return URL without ?code= is invalid_response (the provider refused)', async () => {
    tokenWhoami()
    const seen = socialKratos()
    renderToken(<><StatusProbe /><Social open={async () => `${RETURN_TO}?error=access_denied`} /></>)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(text('social-error')).toBe('invalid_response:'))
    expect(seen.exchanged).toBeUndefined()
  })

  it("a provider's refusal: the flow read again, its message (Kratos's captured answer) is the error's", async () => {
    tokenWhoami()
    const seen = socialKratos()
    const read: string[] = []
    server.use(
      http.get(`${KRATOS_URL}/self-service/login/flows`, ({ request }) => {
        read.push(new URL(request.url).searchParams.get('id') ?? '')
        return HttpResponse.json(native.loginOidcRefused.body as never)
      }),
    )
    // Kratos ends the auth session on return_to with neither a code nor an error (captured by
    // test/conformance/capture/socialRefused.capture.ts).
    const { values } = renderToken(<><StatusProbe /><Social open={async () => RETURN_TO} /></>)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(text('social-error')).toBe('invalid_response:'))
    expect(read).toEqual([init.id])
    expect(text('social-message')).toContain('returned error "access_denied": End-User aborted interaction')
    expect(seen.exchanged).toBeUndefined()
    expect(values.size).toBe(0)
  })

  it('is refused in cookie mode', async () => {
    whoami(answers.signedOut())
    socialKratos()
    renderWithSession(<Social open={async () => `${RETURN_TO}?code=x`} />)
    act(() => screen.getByText('google').click())
    await waitFor(() => expect(text('social-error')).toBe('config:'))
    expect(countRequests('/self-service/login/api')).toBe(0)
  })
})
