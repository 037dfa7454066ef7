import { act, fireEvent, screen, waitFor } from '@testing-library/react'
import { HttpResponse, type JsonBodyType } from 'msw'
import { describe, expect, it } from 'vitest'
import { RequireAuth, sessionQueryOptions } from '../../src'
import { activeSession } from '../fixtures'
import {
  aal1SessionPasswordOnly,
  aal1SessionWithTotp,
  aal2Flows,
  aal2InitErrors,
  aal2SessionAfterTotpEnrolment,
  whoami403WithTotp,
} from '../fixtures/aal2'
import { AAL2_INIT, aal2LoginFlow, answers, countRequests, KRATOS_URL, whoami } from '../kratos'
import { renderWithSession } from '../render'
import { StatusProbe } from '../StatusProbe'

const page = window.location.href // jsdom's http://localhost:3000/
const aal2Step = `${KRATOS_URL}/self-service/login/browser?aal=aal2&return_to=${encodeURIComponent(page)}`
const mfaPage = (props: Partial<Parameters<typeof RequireAuth>[0]> = {}) => (
  <RequireAuth aal="aal2" fallback={<p>checking</p>} {...props}>
    <p>secret</p>
  </RequireAuth>
)
const flowAnswer = (flow: object) => () => HttpResponse.json(flow as JsonBodyType)
const checks = () => countRequests(AAL2_INIT)

describe('RequireAuth aal="aal2" for people without a second factor', () => {
  it('shows the default "set up a second factor" fallback, linking to Kratos settings with return_to: no redirect, one check', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    const { navigate } = renderWithSession(mfaPage())
    const link = await screen.findByRole('link', { name: 'Set up a second factor' })
    expect(screen.getByRole('status').textContent).toContain('This page needs a second factor')
    expect(link.getAttribute('href')).toBe(`${KRATOS_URL}/self-service/settings/browser?return_to=${encodeURIComponent(page)}`)
    expect(screen.queryByText('secret')).toBeNull()
    expect(navigate).not.toHaveBeenCalled()
    expect(checks()).toBe(1) // StrictMode mounts twice: still one request
    expect(countRequests('/sessions/whoami')).toBe(1)
  })

  it('links to the settings page the app names, or renders the app’s own fallback', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    renderWithSession(
      <>
        {mfaPage({ settingsUrl: '/account/security' })}
        {mfaPage({ secondFactorFallback: <p>Add an authenticator app first</p> })}
      </>,
    )
    expect((await screen.findByRole('link', { name: 'Set up a second factor' })).getAttribute('href')).toBe('/account/security')
    expect(screen.getByText('Add an authenticator app first')).toBeTruthy()
    expect(checks()).toBe(1) // two guards, one session: one check
  })

  it('the XHR asks Kratos for JSON with the cookie, exactly as the flows do', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    let seen: Request | undefined
    aal2LoginFlow(({ request }) => {
      seen = request
      return HttpResponse.json(aal2Flows.passwordOnly)
    })
    renderWithSession(mfaPage())
    await screen.findByRole('status')
    expect(new URL(seen!.url).search).toBe('?aal=aal2')
    expect(seen!.headers.get('accept')).toBe('application/json')
    expect(seen!.credentials).toBe('include')
  })

  it('renders the page without a reload once the session comes back at aal2 (TOTP enrolled in settings)', async () => {
    whoami(answers.session(aal1SessionPasswordOnly))
    aal2LoginFlow(flowAnswer(aal2Flows.passwordOnly))
    const { navigate, queryClient } = renderWithSession(mfaPage())
    await screen.findByRole('status')
    // Kratos upgraded the same session to aal2; the settings page asks whoami again.
    expect(aal2SessionAfterTotpEnrolment.id).toBe(aal1SessionPasswordOnly.id)
    whoami(answers.session(aal2SessionAfterTotpEnrolment))
    await act(() => queryClient.refetchQueries({ queryKey: sessionQueryOptions({ baseUrl: KRATOS_URL }).queryKey }))
    await screen.findByText('secret')
    expect(navigate).not.toHaveBeenCalled()
    expect(checks()).toBe(1)
  })
})

describe('RequireAuth aal="aal2" for people with a second factor: the step-up as before', () => {
  it.each([
    ['TOTP', aal1SessionWithTotp, aal2Flows.totp],
    ['lookup codes only', aal1SessionPasswordOnly, aal2Flows.lookupOnly],
  ])('%s, whoami 200 at aal1 → one check, then the aal2 step with return_to', async (_, session, flow) => {
    whoami(answers.session(session))
    aal2LoginFlow(flowAnswer(flow))
    const { navigate } = renderWithSession(mfaPage())
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(aal2Step))
    expect(navigate).toHaveBeenCalledTimes(1)
    expect(checks()).toBe(1)
    expect(screen.getByText('checking')).toBeTruthy()
  })

  it('whoami 403 session_aal2_required (Kratos answers it only when a second factor exists) → the aal2 step with no check', async () => {
    whoami(() => HttpResponse.json(whoami403WithTotp, { status: 403 }))
    const { navigate } = renderWithSession(mfaPage())
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(aal2Step))
    expect(checks()).toBe(0)
  })

  it('costs nothing when the session satisfies the page, or the page has no aal', async () => {
    whoami(answers.session(activeSession()))
    const first = renderWithSession(mfaPage())
    await screen.findByText('secret')
    first.unmount() // (its tab sync would hear the next provider's aal1 answer)
    whoami(answers.session(aal1SessionPasswordOnly))
    renderWithSession(
      <RequireAuth>
        <p>plain page</p>
      </RequireAuth>,
    )
    await screen.findByText('plain page')
    expect(checks()).toBe(0)
  })
})

describe('RequireAuth aal="aal2" when the check fails', () => {
  it.each([
    ['network', () => HttpResponse.error(), 'network'],
    ['500', () => HttpResponse.json({ error: { code: 500, message: 'boom' } }, { status: 500 }), 'http'],
    ['HTML', () => new HttpResponse('<html></html>', { status: 200, headers: { 'Content-Type': 'text/html' } }), 'invalid_response'],
  ])('%s → the error state with retry: no redirect, nobody signed out', async (_, answer, kind) => {
    whoami(answers.session(aal1SessionWithTotp))
    aal2LoginFlow(answer)
    const { navigate } = renderWithSession(
      <>
        {mfaPage({ errorFallback: ({ error, retry }) => <button onClick={retry}>{`failed: ${error.kind}`}</button> })}
        <StatusProbe />
      </>,
    )
    const button = await screen.findByRole('button', { name: `failed: ${kind}` })
    expect(screen.getByTestId('status-status').textContent).toBe('authenticated')
    expect(navigate).not.toHaveBeenCalled()
    // Kratos answers again: retry checks once more, and the TOTP step follows.
    aal2LoginFlow(flowAnswer(aal2Flows.totp))
    fireEvent.click(button)
    await waitFor(() => expect(navigate).toHaveBeenCalledWith(aal2Step))
  })

  it('400 session_already_available (enrolled meanwhile): whoami is asked again and the page renders, no redirect', async () => {
    let aal = 'aal1'
    whoami(() => HttpResponse.json(aal === 'aal1' ? aal1SessionPasswordOnly : aal2SessionAfterTotpEnrolment))
    aal2LoginFlow(() => {
      aal = 'aal2'
      return HttpResponse.json(aal2InitErrors.alreadyAal2.body, { status: aal2InitErrors.alreadyAal2.status })
    })
    const { navigate } = renderWithSession(mfaPage())
    await screen.findByText('secret')
    expect(navigate).not.toHaveBeenCalled()
    expect(countRequests('/sessions/whoami')).toBe(2)
  })

  it('401 session_aal1_required (signed out meanwhile): whoami is asked again and its 401 leads to the plain login', async () => {
    let signedIn = true
    whoami(() => (signedIn ? HttpResponse.json(aal1SessionPasswordOnly) : answers.signedOut()()))
    aal2LoginFlow(() => {
      signedIn = false
      return HttpResponse.json(aal2InitErrors.signedOut.body, { status: aal2InitErrors.signedOut.status })
    })
    const { navigate } = renderWithSession(mfaPage())
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
    expect(navigate).toHaveBeenCalledWith(`${KRATOS_URL}/self-service/login/browser?return_to=${encodeURIComponent(page)}`)
  })
})
