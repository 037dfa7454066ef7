import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createKratosErrorHandler, ensureSession, OrySessionError, RequireAuth } from '../../src'
import { useLoginFlow, useRecoveryFlow, useRegistrationFlow, useSettingsFlow, useVerificationFlow } from '../../src/flows'
import { kratosErrors } from '../fixtures'
import { answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { StepUpButton } from '../guards/StepUpButton'
import { newQueryClient, renderWithSession } from '../render'
import { captured, kratosAnswers, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

// A new user's `/login?return_to=http://localhost:5173.evil.example.com/` was reported as "Kratos could
// not be reached (Failed to construct 'URL': Invalid URL) … check serve.public.cors": a developer went
// hunting for CORS faults. An unparsable URL is a refused return_to (or, from Kratos, an invalid answer).
const UNPARSABLE = `${window.location.origin}.evil.example.com/` // http://localhost:3000.evil.example.com/
const expectNotNetwork = (error: OrySessionError | null | undefined, kind: OrySessionError['kind']) => {
  expect(error?.kind).toBe(kind)
  expect(error?.message).not.toMatch(/could not be reached|cors/i)
}

beforeEach(() => window.history.replaceState(null, '', '/login'))
afterEach(() => vi.unstubAllGlobals())

describe('an unparsable URL is never a network error', () => {
  it('is unparsable (the premise)', () => {
    expect(() => new URL(UNPARSABLE)).toThrow(TypeError)
  })

  it.each([
    ['login', () => useLoginFlow()],
    ['registration', () => useRegistrationFlow()],
    ['recovery', () => useRecoveryFlow()],
    ['verification', () => useVerificationFlow()],
  ] as const)("the %s page's ?return_to=: invalid_return_to, Kratos is not asked", async (kind, useHook) => {
    window.history.replaceState(null, '', `/${kind}?return_to=${encodeURIComponent(UNPARSABLE)}`)
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', `/self-service/${kind}/browser`, `${kind}-init-200`)
    const { result, navigate } = renderHookPage(useHook)
    await until(result, 'error')
    expectNotNetwork(result.current.error, 'invalid_return_to')
    expect(countRequests(`/self-service/${kind}/browser`)).toBe(0)
    expect(navigate).not.toHaveBeenCalled()
  })

  it("the settings page's returnTo option: invalid_return_to", async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    const { result } = renderHookPage(() => useSettingsFlow({ returnTo: UNPARSABLE }))
    await until(result, 'error')
    expectNotNetwork(result.current.error, 'invalid_return_to')
  })

  it("Kratos's answer naming an unparsable redirect_browser_to: invalid_response, the form stays, nobody navigates", async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { status, body } = captured('login-password-422-aal2-required')
    const answer = { status, body: { ...body, redirect_browser_to: UNPARSABLE } }
    const { server } = await import('../kratos')
    const { http, HttpResponse } = await import('msw')
    server.use(http.post(`${KRATOS_URL}/self-service/login`, () => HttpResponse.json(answer.body, { status: answer.status })))
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'ready')
    const outcome = await run(() => result.current.submit({ method: 'password', identifier: 'alice@example.com', password: 'pw' }))
    expect(outcome.type).toBe('error')
    expectNotNetwork(result.current.error, 'invalid_response')
    expect(result.current.status).toBe('ready')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('the guard: <RequireAuth returnTo> unparsable shows invalid_return_to, no navigation', async () => {
    whoami(answers.signedOut())
    const { navigate } = renderWithSession(
      <RequireAuth returnTo={UNPARSABLE} errorFallback={({ error }) => <p role="alert">{error.kind}</p>}>
        secret
      </RequireAuth>,
    )
    await waitFor(() => expect(screen.getByRole('alert').textContent).toBe('invalid_return_to'))
    expect(navigate).not.toHaveBeenCalled()
  })

  it('step-up: stepUp({ returnTo }) unparsable is invalid_return_to, no navigation', () => {
    whoami(answers.session())
    const { navigate } = renderWithSession(<StepUpButton returnTo={UNPARSABLE} />)
    fireEvent.click(screen.getByText('step up'))
    expect(screen.getByRole('alert').textContent).toBe('invalid_return_to')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('loaders: ensureSession({ returnTo }) unparsable throws invalid_return_to', async () => {
    whoami(answers.signedOut())
    const thrown = await ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, returnTo: UNPARSABLE, retry: 0 }).catch((error: unknown) => error)
    expect(thrown).toBeInstanceOf(OrySessionError)
    expectNotNetwork(thrown as OrySessionError, 'invalid_return_to')
  })

  it.each([
    ['its returnTo() is unparsable', () => UNPARSABLE, `${KRATOS_URL}/self-service/login/browser?refresh=true`],
    ["Kratos's redirect_browser_to is unparsable", undefined, UNPARSABLE],
  ])('createKratosErrorHandler when %s: no navigation, nothing thrown', async (_name, returnTo, redirect) => {
    const navigate = vi.fn<(url: string) => void>()
    const onError = createKratosErrorHandler({ baseUrl: KRATOS_URL, navigate, ...(returnTo ? { returnTo } : {}) })
    const error = Object.assign(new Error('Request failed with status code 422'), { response: { status: 422, data: { ...kratosErrors.locationChange422, redirect_browser_to: redirect } } })
    expect(await onError(error)).toBe(false)
    expect(navigate).not.toHaveBeenCalled()
  })
})
