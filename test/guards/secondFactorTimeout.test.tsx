import { fireEvent, screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createKratosErrorHandler, ensureSession, OrySessionError, RequireAuth, useStepUp } from '../../src'
import { aal1SessionWithTotp, whoami403WithTotp } from '../fixtures/aal2'
import { AAL2_INIT, aal2LoginFlow, answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { advanceAndSettle, newQueryClient, renderWithSession } from '../render'

// The second-factor check (Kratos's aal2 login flow) is one Kratos call like whoami: it gives up
// after the provider's (or the loader's, or the error handler's) timeoutMs, not after the default 10 s.
const advance = advanceAndSettle
const hang = () => new Promise<Response>(() => undefined)

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] })
  // A TOTP user at aal1: the check is needed, and Kratos hangs on it.
  whoami(answers.session(aal1SessionWithTotp))
  aal2LoginFlow(hang)
})
afterEach(() => {
  vi.useRealTimers()
})

function StepUpButton() {
  const { stepUp, error } = useStepUp()
  return (
    <>
      <button onClick={() => stepUp()}>go</button>
      {error && <p role="alert">{error.kind}</p>}
    </>
  )
}

describe('the second-factor check honours timeoutMs', () => {
  it('<SessionProvider timeoutMs={2000}> + <RequireAuth aal="aal2">: the guard shows a timeout after 2 s, no redirect', async () => {
    const { navigate } = renderWithSession(
      <RequireAuth aal="aal2" fallback={<p>checking</p>} errorFallback={({ error }) => <p role="alert">{error.kind}</p>}>
        <p>secret</p>
      </RequireAuth>,
      { timeoutMs: 2_000 },
    )
    await advance(0) // whoami's answer (aal1) makes the guard start the check
    await advance(1_900)
    expect(countRequests(AAL2_INIT)).toBe(1)
    expect(screen.getByText('checking')).toBeTruthy()
    await advance(200)
    expect(screen.getByRole('alert').textContent).toBe('timeout')
    expect(screen.queryByText('secret')).toBeNull()
    expect(navigate).not.toHaveBeenCalled()
  })

  it('useStepUp() under <SessionProvider timeoutMs={2000}>: error timeout after 2 s, no navigation', async () => {
    const { navigate } = renderWithSession(<StepUpButton />, { timeoutMs: 2_000 })
    await advance(10)
    fireEvent.click(screen.getByText('go'))
    await advance(1_900)
    expect(screen.queryByRole('alert')).toBeNull()
    await advance(200)
    expect(screen.getByRole('alert').textContent).toBe('timeout')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('ensureSession({ timeoutMs: 2000, aal: "aal2" }) rejects with a timeout after 2 s', async () => {
    let outcome: unknown
    void ensureSession(newQueryClient(), { baseUrl: KRATOS_URL, aal: 'aal2', retry: 0, timeoutMs: 2_000 }).then(
      () => (outcome = 'resolved'),
      (error: unknown) => (outcome = error),
    )
    await advance(1_900)
    expect(countRequests(AAL2_INIT)).toBe(1)
    expect(outcome).toBeUndefined()
    await advance(200)
    expect(outcome).toBeInstanceOf(OrySessionError)
    expect((outcome as OrySessionError).kind).toBe('timeout')
  })

  it('createKratosErrorHandler({ timeoutMs: 2000 }): onStepUpBlocked gets a timeout after 2 s, no navigation', async () => {
    const navigate = vi.fn<(url: string) => void>()
    const onStepUpBlocked = vi.fn<(error: OrySessionError) => void>()
    const handle = createKratosErrorHandler({ baseUrl: KRATOS_URL, navigate, onStepUpBlocked, timeoutMs: 2_000 })
    const handled = handle({ status: 403, body: whoami403WithTotp })
    await advance(1_900)
    expect(onStepUpBlocked).not.toHaveBeenCalled()
    await advance(200)
    expect(await handled).toBe(false)
    expect(onStepUpBlocked.mock.calls[0]![0].kind).toBe('timeout')
    expect(navigate).not.toHaveBeenCalled()
  })
})

