import { fireEvent, screen, waitFor } from '@testing-library/react'
import { HttpResponse, type JsonBodyType } from 'msw'
import { describe, expect, it, vi } from 'vitest'
import {
  createKratosErrorHandler,
  ensureSession,
  LoginRedirect,
  OrySessionError,
  RequireAuth,
  useReauthenticate,
  useStepUp,
} from '../../src'
import { aal1SessionPasswordOnly, aal1SessionWithTotp, aal2Flows, aal2InitErrors, aal2SessionAfterTotpEnrolment, whoami403WithTotp } from '../fixtures/aal2'
import { AAL2_INIT, aal2LoginFlow, answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { newQueryClient, renderWithSession } from '../render'

const page = window.location.href // jsdom's http://localhost:3000/
const aal2Step = `${KRATOS_URL}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(page)}`
const flowAnswer = (flow: object) => () => HttpResponse.json(flow as JsonBodyType)
const checks = () => countRequests(AAL2_INIT)
const thrownBy = (promise: Promise<unknown>) => promise.then(() => undefined, (error: unknown) => error)
const options = { baseUrl: KRATOS_URL, aal: 'aal2', retry: 0 } as const

describe('ensureSession({ aal: "aal2" }) and the second factor', () => {
  it('no second factor → throws second_factor_missing, never a LoginRedirect; one check', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    const error = await thrownBy(ensureSession(newQueryClient(), options))
    expect(error).toBeInstanceOf(OrySessionError)
    expect((error as OrySessionError).kind).toBe('second_factor_missing')
    expect(checks()).toBe(1)
  })

  it('lookup codes only → the LoginRedirect to the aal2 step', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.lookupOnly))
    const redirect = (await thrownBy(ensureSession(newQueryClient(), options))) as LoginRedirect
    expect(redirect).toBeInstanceOf(LoginRedirect)
    expect(redirect.url).toBe(aal2Step)
    expect(redirect.reason).toBe('aal_too_low')
  })

  it('403 session_aal2_required → the LoginRedirect with no check', async () => {
    whoami(() => HttpResponse.json(whoami403WithTotp, { status: 403 }))
    expect(await thrownBy(ensureSession(newQueryClient(), options))).toBeInstanceOf(LoginRedirect)
    expect(checks()).toBe(0)
  })

  it('Kratos down during the check → the OrySessionError, never a redirect', async () => {
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(() => HttpResponse.error())
    const error = await thrownBy(ensureSession(newQueryClient(), options))
    expect(error).not.toBeInstanceOf(LoginRedirect)
    expect((error as OrySessionError).kind).toBe('network')
  })

  it('400 session_already_available → whoami asked again, and its aal2 session resolves', async () => {
    let upgraded = false
    whoami(() => HttpResponse.json(upgraded ? aal2SessionAfterTotpEnrolment : aal1SessionPasswordOnly))
    aal2LoginFlow(() => {
      upgraded = true
      return HttpResponse.json(aal2InitErrors.alreadyAal2.body, { status: 400 })
    })
    const session = await ensureSession(newQueryClient(), options)
    expect(session.authenticator_assurance_level).toBe('aal2')
  })

  it('shares the check with the page’s guard: loader + RequireAuth cost one check', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    const queryClient = newQueryClient()
    await thrownBy(ensureSession(queryClient, options))
    const { navigate } = renderWithSession(
      <RequireAuth aal="aal2">
        <p>secret</p>
      </RequireAuth>,
      { queryClient },
    )
    expect(screen.getByRole('status')).toBeTruthy()
    expect(navigate).not.toHaveBeenCalled()
    expect(checks()).toBe(1)
  })
})

function StepUpButton({ reauthenticate = false }: { reauthenticate?: boolean }) {
  const stepUp = useStepUp()
  const reauth = useReauthenticate({ aal2: true })
  const { error } = reauthenticate ? reauth : stepUp
  return (
    <>
      <button onClick={() => (reauthenticate ? reauth.reauthenticate() : stepUp.stepUp())}>go</button>
      {error && <p role="alert">{error.kind}</p>}
    </>
  )
}
const signedIn = async () => waitFor(() => expect(countRequests('/sessions/whoami')).toBe(1))

describe('useStepUp / useReauthenticate({ aal2 }) and the second factor', () => {
  it.each([false, true])('no second factor → error second_factor_missing, no navigation (reauthenticate: %s)', async (reauthenticate) => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    const { navigate } = renderWithSession(<StepUpButton reauthenticate={reauthenticate} />)
    await signedIn()
    fireEvent.click(screen.getByText('go'))
    expect((await screen.findByRole('alert')).textContent).toBe('second_factor_missing')
    expect(navigate).not.toHaveBeenCalled()
    fireEvent.click(screen.getByText('go'))
    await screen.findByRole('alert')
    expect(checks()).toBe(1) // the second click reuses the session's answer
  })

  it('TOTP at aal1 → one check, then the aal2 step', async () => {
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(flowAnswer(aal2Flows.totp))
    const { navigate } = renderWithSession(<StepUpButton />)
    await signedIn()
    fireEvent.click(screen.getByText('go'))
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(aal2Step))
    expect(checks()).toBe(1)
  })

  it('403 session_aal2_required → the aal2 step at once, no check', async () => {
    whoami(() => HttpResponse.json(whoami403WithTotp, { status: 403 }))
    const { navigate } = renderWithSession(<StepUpButton />)
    await signedIn()
    fireEvent.click(screen.getByText('go'))
    expect(navigate).toHaveBeenCalledWith(aal2Step)
    expect(checks()).toBe(0)
  })

  it('Kratos down during the check → error network, no navigation', async () => {
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(() => HttpResponse.error())
    const { navigate } = renderWithSession(<StepUpButton />)
    await signedIn()
    fireEvent.click(screen.getByText('go'))
    expect((await screen.findByRole('alert')).textContent).toBe('network')
    expect(navigate).not.toHaveBeenCalled()
  })
})

describe('createKratosErrorHandler and the second factor', () => {
  const aal2Error = { status: 403, body: whoami403WithTotp }
  const setup = () => {
    const navigate = vi.fn<(url: string) => void>()
    const onStepUpBlocked = vi.fn<(error: OrySessionError) => void>()
    return { navigate, onStepUpBlocked, handle: createKratosErrorHandler({ baseUrl: KRATOS_URL, navigate, onStepUpBlocked }) }
  }

  it('no second factor → resolves false, reports second_factor_missing once for errors arriving together; one check', async () => {
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    const { navigate, onStepUpBlocked, handle } = setup()
    expect(await Promise.all([handle(aal2Error), handle(aal2Error), handle(aal2Error)])).toEqual([false, false, false])
    expect(navigate).not.toHaveBeenCalled()
    expect(onStepUpBlocked).toHaveBeenCalledTimes(1)
    expect(onStepUpBlocked.mock.calls[0]![0].kind).toBe('second_factor_missing')
    expect(checks()).toBe(1)
  })

  it('a second factor → the aal2 step', async () => {
    aal2LoginFlow(flowAnswer(aal2Flows.lookupOnly))
    const { navigate, onStepUpBlocked, handle } = setup()
    expect(await handle(aal2Error)).toBe(true)
    expect(navigate).toHaveBeenCalledWith(aal2Step)
    expect(onStepUpBlocked).not.toHaveBeenCalled()
  })

  it('Kratos down during the check → reports the network error, no navigation', async () => {
    aal2LoginFlow(() => HttpResponse.error())
    const { navigate, onStepUpBlocked, handle } = setup()
    expect(await handle(aal2Error)).toBe(false)
    expect(navigate).not.toHaveBeenCalled()
    expect(onStepUpBlocked.mock.calls[0]![0].kind).toBe('network')
  })
})
