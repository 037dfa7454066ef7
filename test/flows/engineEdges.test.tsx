import { waitFor } from '@testing-library/react'
import { useEffect } from 'react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useStepUp } from '../../src'
import { useLoginFlow, useRegistrationFlow, useSettingsFlow } from '../../src/flows'
import { countRequests, KRATOS_URL } from '../kratos'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, renderHookPage, run, until, whoamiAnswers } from './flowKratos'

beforeEach(() => window.history.replaceState(null, '', '/login'))
afterEach(() => vi.unstubAllGlobals())

describe('flow engine: cross-cutting behaviour', () => {
  it('after a successful login the other tabs hear the new session (tab sync broadcasts the refetched answer)', async () => {
    const heard: { answer: { kind: string } }[] = []
    const otherTab = new BroadcastChannel(`ory-session-react:${KRATOS_URL}/`)
    otherTab.onmessage = (event) => heard.push(event.data)
    try {
      whoamiAnswers('whoami-401-signed-out', 'whoami-200-aal1')
      kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
      kratosAnswers('post', '/self-service/login', 'login-password-200-success')
      const { result } = renderHookPage(() => useLoginFlow())
      await until(result, 'ready')
      await run(() => result.current.submit({ method: 'password', identifier: 'alice@example.com', password: 'pw' }))
      await waitFor(() => expect(heard.map((message) => message.answer.kind)).toContain('session'))
    } finally {
      otherTab.close()
    }
  })

  it('starts no flow by XHR while the browser is already leaving for a Kratos flow', async () => {
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    let status = ''
    function LeaveFirst() {
      const { stepUp } = useStepUp()
      useEffect(() => stepUp(), [stepUp])
      return null
    }
    function Login() {
      status = useLoginFlow().status
      return null
    }
    const { navigate } = renderWithSession(
      <>
        <LeaveFirst />
        <Login />
      </>,
    )
    // (StrictMode runs the step-up effect twice; each is a request to leave, not a flow start.)
    await waitFor(() => expect(navigate).toHaveBeenCalled())
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(countRequests('/self-service/login/browser')).toBe(0)
    expect(status).toBe('loading')
  })

  it('403 security_identity_mismatch (a flow of another identity): starts this identity\'s own flow', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    const inits = kratosAnswers('get', '/self-service/settings/browser', 'settings-init-200')
    kratosAnswers('post', '/self-service/settings', 'settings-submit-403-identity-mismatch')
    const { result } = renderHookPage(() => useSettingsFlow())
    await until(result, 'ready')
    expect(await run(() => result.current.submit({ method: 'password', password: 'a-long-password' }))).toEqual({ type: 'restarted', reason: 'csrf' })
    expect(inits).toHaveLength(2)
  })

  it('returnTo paths go to Kratos as absolute URLs (Kratos checks them against allowed_return_urls)', async () => {
    whoamiAnswers('whoami-401-signed-out')
    const inits = kratosAnswers('get', '/self-service/login/browser', 'login-init-200')
    const { result } = renderHookPage(() => useLoginFlow({ returnTo: '/billing?tab=1', aal: 'aal1' }))
    await until(result, 'ready')
    expect(inits[0]).toEqual({ return_to: `${window.location.origin}/billing?tab=1`, aal: 'aal1' })
  })

  it('refuses to go to a return_to on another origin (no open redirect)', async () => {
    window.history.replaceState(null, '', '/login?return_to=https%3A%2F%2Fevil.example%2F')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/login/browser', 'login-init-400-session-already-available')
    const { result, navigate } = renderHookPage(() => useLoginFlow())
    await until(result, 'error')
    expect(result.current.error?.kind).toBe('invalid_return_to')
    expect(navigate).not.toHaveBeenCalled()
  })

  it('passkey registration: navigator.credentials.create from passkey_create_data, named after the trait, then passkey_register', async () => {
    window.history.replaceState(null, '', '/registration')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-init-200')
    const posts = kratosAnswers('post', '/self-service/registration', 'registration-profile-400-next-step', 'registration-code-200-no-session')
    const create = vi.fn(async () => ({
      id: 'new-cred',
      rawId: new Uint8Array([9]).buffer,
      type: 'public-key',
      response: { clientDataJSON: new Uint8Array([1]).buffer, attestationObject: new Uint8Array([2]).buffer },
    }))
    vi.stubGlobal('navigator', { ...navigator, credentials: { create, get: vi.fn() } })
    const { result } = renderHookPage(() => useRegistrationFlow())
    await until(result, 'ready')
    await run(() => result.current.submit({ method: 'profile', 'traits.email': 'bob@example.com' }))
    await run(() => result.current.passkey())
    const options = (create.mock.calls[0] as unknown as [{ publicKey: { user: { name: string; id: ArrayBuffer } } }])[0].publicKey
    const trait = captured('registration-profile-400-next-step').body.ui.nodes.find((node: { attributes: { name?: string } }) => node.attributes.name === 'traits.email').attributes.value
    expect(options.user.name).toBe(trait)
    expect(options.user.id).toBeInstanceOf(ArrayBuffer)
    expect(posts[1]).toMatchObject({ method: 'passkey', traits: { email: trait } })
    expect(JSON.parse((posts[1] as { passkey_register: string }).passkey_register)).toMatchObject({ id: 'new-cred', rawId: 'CQ', response: { attestationObject: 'Ag' } })
    expect(posts[1]).not.toHaveProperty('passkey_create_data')
  })
})
