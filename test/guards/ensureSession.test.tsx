import { screen } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { ensureSession, LoginRedirect, OrySessionError, useSession } from '../../src'
import { activeSession } from '../fixtures'
import { HttpResponse } from 'msw'
import { aal2LoginFlow, answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { aal1SessionWithTotp, aal2Flows } from '../fixtures/aal2'
import { newQueryClient, renderWithSession } from '../render'

const page = window.location.href // jsdom's http://localhost:3000/
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000).toISOString()
const thrownBy = async (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)

describe('ensureSession (router loaders)', () => {
  it('resolves with the session when it satisfies the page', async () => {
    whoami(answers.session(activeSession({ authenticator_assurance_level: 'aal2' })))
    const session = await ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, aal: 'aal2', retry: 0 })
    expect(session.id).toBe(activeSession().id)
  })

  it('signed out (401) → a LoginRedirect to Kratos login with return_to', async () => {
    whoami(answers.signedOut())
    const error = await thrownBy(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, returnTo: '/billing?tab=2', retry: 0 }))
    expect(error).toBeInstanceOf(LoginRedirect)
    const url = new URL((error as LoginRedirect).url)
    expect(url.origin + url.pathname).toBe(`${KRATOS_URL}/self-service/login/browser`)
    expect(url.searchParams.get('return_to')).toBe(new URL('/billing?tab=2', page).href)
    expect((error as LoginRedirect).reason).toBe('signed_out')
  })

  it('403 session_aal2_required or an aal1 session on an aal2 route → aal=aal2', async () => {
    whoami(answers.aal2Required())
    const forbidden = (await thrownBy(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, retry: 0 }))) as LoginRedirect
    expect(new URL(forbidden.url).searchParams.get('aal')).toBe('aal2')
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(() => HttpResponse.json(aal2Flows.totp))
    const tooLow = (await thrownBy(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, aal: 'aal2', retry: 0 }))) as LoginRedirect
    expect(tooLow.reason).toBe('aal_too_low')
  })

  it('a login older than maxAge → refresh=true', async () => {
    whoami(answers.session(activeSession({ authenticator_assurance_level: 'aal1', authenticated_at: minutesAgo(10) })))
    const error = (await thrownBy(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, maxAge: 300, retry: 0 }))) as LoginRedirect
    expect(new URL(error.url).searchParams.get('refresh')).toBe('true')
  })

  it('Kratos down or 5xx → the OrySessionError, never a redirect', async () => {
    for (const answer of [answers.networkError(), answers.status(503)]) {
      whoami(answer)
      const error = await thrownBy(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, retry: 0 }))
      expect(error).toBeInstanceOf(OrySessionError)
      expect(error).not.toBeInstanceOf(LoginRedirect)
    }
  })

  it('refuses a returnTo on another origin', async () => {
    whoami(answers.signedOut())
    const error = (await thrownBy(ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, returnTo: 'https://evil.example/', retry: 0 }))) as OrySessionError
    expect(error.kind).toBe('invalid_return_to')
  })

  it("shares the provider's cache: the page rendered after the loader asks whoami no more", async () => {
    whoami(answers.session())
    function Email() {
      const state = useSession()
      return <p>{state.status}</p>
    }
    const queryClient = newQueryClient()
    await ensureSession(queryClient, { baseUrl: KRATOS_URL, retry: 0 })
    renderWithSession(<Email />, { queryClient })
    expect(screen.getByText('authenticated')).toBeTruthy()
    expect(countRequests('/sessions/whoami')).toBe(1)
  })
})
