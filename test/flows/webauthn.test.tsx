import { fireEvent, screen, waitFor } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { offersSecondFactor } from '../../src'
import { FlowForm, useLoginFlow, useSettingsFlow } from '../../src/flows'
import { fromBase64Url } from '../../src/flows/webauthnJson'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, whoamiAnswers } from './flowKratos'

// Security keys as a second factor (Kratos v1.3.1 selfservice.methods.webauthn, passwordless off),
// on Kratos's answers captured with that config (scripts/flow-fixtures/scenarios/webauthn.mjs).

afterEach(() => vi.unstubAllGlobals())

type Node = { group: string; attributes: { name?: string; value?: string }; meta: { label?: { text: string } } }
const node = (fixture: string, name: string) => (captured(fixture).body.ui.nodes as Node[]).find((candidate) => candidate.attributes.name === name)!
const optionsOf = (fixture: string, trigger: string) => JSON.parse(node(fixture, trigger).attributes.value!) as { publicKey: Record<string, any> }
const bytes = (values: number[]) => new Uint8Array(values).buffer
const same = (buffer: ArrayBuffer, base64url: string) => expect([...new Uint8Array(buffer)]).toEqual([...new Uint8Array(fromBase64Url(base64url))])

/** A key that answers every ceremony with fixed bytes, recording the options it was given. */
function stubKey() {
  const create = vi.fn(async () => ({
    id: 'key-1',
    rawId: bytes([1, 2, 3]),
    type: 'public-key',
    response: { clientDataJSON: bytes([4]), attestationObject: bytes([5]) },
  }))
  const get = vi.fn(async () => ({
    id: 'key-1',
    rawId: bytes([1, 2, 3]),
    type: 'public-key',
    response: { clientDataJSON: bytes([4]), authenticatorData: bytes([5]), signature: bytes([6]), userHandle: bytes([7]) },
  }))
  vi.stubGlobal('navigator', { ...navigator, credentials: { create, get } })
  return { create, get }
}

function SettingsPage() {
  return <FlowForm flow={useSettingsFlow()} fallback={<p>Loading…</p>} />
}

function SecondFactorPage() {
  return <FlowForm flow={useLoginFlow({ aal: 'aal2' })} fallback={<p>Loading…</p>} />
}

describe('security keys (webauthn) in Settings', () => {
  beforeEach(() => window.history.replaceState(null, '', '/settings'))

  it('draws an enabled "Add security key" button; pressing it runs navigator.credentials.create with Kratos\'s options and submits the key with its name', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'webauthn-settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'webauthn-settings-register-200')
    const key = stubKey()
    renderWithSession(<SettingsPage />)
    const label = node('webauthn-settings-init-200', 'webauthn_register_trigger').meta.label!.text
    expect(label).toBe('Add security key')
    const add = await screen.findByRole('button', { name: label })
    expect(add).toHaveProperty('disabled', false)
    fireEvent.change(screen.getByLabelText('Name of the security key'), { target: { value: 'My blue key' } })
    fireEvent.click(add)
    await waitFor(() => expect(posts).toHaveLength(1))

    const { publicKey } = optionsOf('webauthn-settings-init-200', 'webauthn_register_trigger')
    const given = (key.create.mock.calls[0] as unknown as [{ publicKey: Record<string, any> }])[0].publicKey
    expect(given.rp).toEqual(publicKey.rp)
    expect(given.user.name).toBe(publicKey.user.name)
    same(given.challenge, publicKey.challenge)
    same(given.user.id, publicKey.user.id)
    expect(key.get).not.toHaveBeenCalled()
    expect(posts[0]).toEqual({
      csrf_token: node('webauthn-settings-init-200', 'csrf_token').attributes.value,
      method: 'webauthn',
      webauthn_register_displayname: 'My blue key',
      webauthn_register: JSON.stringify({ id: 'key-1', rawId: 'AQID', type: 'public-key', response: { clientDataJSON: 'BA', attestationObject: 'BQ' } }),
    })
    // Kratos's answer: saved, and the key listed with its remove button.
    await screen.findByRole('button', { name: 'Remove security key "My blue key"' })
  })

  it('the passkey button beside it still adds a passkey, not a security key', async () => {
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'webauthn-settings-init-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'settings-password-200-saved')
    const key = stubKey()
    const { container } = renderWithSession(<SettingsPage />)
    await screen.findByRole('button', { name: 'Add security key' })
    fireEvent.click(container.querySelector('button[name="passkey_register_trigger"]')!)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(Object.keys(posts[0] as object).sort()).toEqual(['csrf_token', 'method', 'passkey_settings_register'])
    expect(posts[0]).toMatchObject({ method: 'passkey' })
    same((key.create.mock.calls[0] as unknown as [{ publicKey: { challenge: ArrayBuffer } }])[0].publicKey.challenge,
      JSON.parse(node('webauthn-settings-init-200', 'passkey_create_data').attributes.value!).publicKey.challenge)
  })

  it('"Remove security key" submits webauthn_remove with the key\'s id', async () => {
    whoamiAnswers('whoami-200-aal2-after-totp-enrolment')
    kratosAnswers('get', '/self-service/settings/browser', 'webauthn-settings-register-200')
    const posts = kratosAnswers('post', '/self-service/settings', 'webauthn-settings-remove-200')
    const { container } = renderWithSession(<SettingsPage />)
    const remove = await screen.findByRole('button', { name: 'Remove security key "My blue key"' })
    // The button has formnovalidate (the empty TOTP box is required), which jsdom ignores.
    expect(remove).toHaveProperty('formNoValidate', true)
    container.querySelector('form')!.noValidate = true
    fireEvent.click(remove)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toEqual({
      csrf_token: node('webauthn-settings-register-200', 'csrf_token').attributes.value,
      method: 'webauthn',
      webauthn_remove: node('webauthn-settings-register-200', 'webauthn_remove').attributes.value,
    })
    await waitFor(() => expect(screen.queryByRole('button', { name: /Remove security key/ })).toBeNull())
  })
})

describe('security keys (webauthn) as the second factor at login', () => {
  beforeEach(() => window.history.replaceState(null, '', '/login?aal=aal2'))

  it('the aal2 step draws the key\'s button; pressing it runs navigator.credentials.get with Kratos\'s options, submits webauthn_login and signs in', async () => {
    whoamiAnswers('whoami-403-aal2-required', 'whoami-200-aal2-after-totp-enrolment')
    kratosAnswers('get', '/self-service/login/browser', 'webauthn-login-init-aal2-200')
    const posts = kratosAnswers('post', '/self-service/login', 'webauthn-login-aal2-200-success')
    const key = stubKey()
    const { navigate } = renderWithSession(<SecondFactorPage />)
    const label = node('webauthn-login-init-aal2-200', 'webauthn_login_trigger').meta.label!.text
    fireEvent.click(await screen.findByRole('button', { name: label }))
    await waitFor(() => expect(posts).toHaveLength(1))

    const { publicKey } = optionsOf('webauthn-login-init-aal2-200', 'webauthn_login_trigger')
    const given = (key.get.mock.calls[0] as unknown as [{ publicKey: Record<string, any> }])[0].publicKey
    expect(given.rpId).toBe('localhost')
    same(given.challenge, publicKey.challenge)
    expect(given.allowCredentials).toHaveLength(1)
    same(given.allowCredentials[0].id, publicKey.allowCredentials[0].id)
    expect(posts[0]).toEqual({
      csrf_token: node('webauthn-login-init-aal2-200', 'csrf_token').attributes.value,
      identifier: 'wendy@example.com',
      method: 'webauthn',
      webauthn_login: JSON.stringify({
        id: 'key-1',
        rawId: 'AQID',
        type: 'public-key',
        response: { clientDataJSON: 'BA', authenticatorData: 'BQ', signature: 'Bg', userHandle: 'Bw' },
      }),
    })
    await waitFor(() => expect(navigate).toHaveBeenCalledTimes(1))
  })

  it('Kratos\'s refusal of the key is shown on the same page', async () => {
    whoamiAnswers('whoami-403-aal2-required')
    kratosAnswers('get', '/self-service/login/browser', 'webauthn-login-init-aal2-200')
    kratosAnswers('post', '/self-service/login', 'webauthn-login-aal2-400-invalid')
    stubKey()
    renderWithSession(<SecondFactorPage />)
    fireEvent.click(await screen.findByRole('button', { name: 'Sign in with hardware key' }))
    await screen.findByText(captured('webauthn-login-aal2-400-invalid').body.ui.messages[0].text)
    expect(screen.getByRole('button', { name: 'Sign in with hardware key' })).toHaveProperty('disabled', false)
  })

  it('offersSecondFactor counts a security key (so the "set one up" fallback stays away)', () => {
    expect(offersSecondFactor(captured('webauthn-login-init-aal2-200').body as { ui: { nodes: [] } })).toBe(true)
  })
})
