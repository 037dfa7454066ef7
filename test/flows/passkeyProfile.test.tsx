import { fireEvent, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { FlowForm, Nodes, useRegistrationFlow, useSettingsFlow } from '../../src/flows'
import { renderWithSession } from '../render'
import { captured, kratosAnswers, whoamiAnswers } from './flowKratos'

// Kratos v1.3.1 with its e2e `passkey` profile (one-step registration, passkeys): answers captured
// in Chromium with a virtual authenticator (test/conformance/capture/passkeyAnswers.capture.ts).
// Found by the port of Kratos's profiles/passkey/flows.spec.ts (test/conformance/profiles/passkey).
afterEach(() => vi.unstubAllGlobals())

const attestation = vi.fn(async () => ({
  id: 'cred-1',
  rawId: new Uint8Array([1]).buffer,
  type: 'public-key',
  response: { clientDataJSON: new Uint8Array([2]).buffer, attestationObject: new Uint8Array([3]).buffer },
}))

/** One form per method, as Kratos's own UIs draw them (and the demo does). */
function OneFormPerMethod() {
  const registration = useRegistrationFlow()
  return (
    <>
      {['password', 'code', 'passkey'].map((group) => (
        <form key={group} {...registration.getFormProps()} data-testid={`form-${group}`}>
          <Nodes flow={registration} groups={['default', group]} />
        </form>
      ))}
    </>
  )
}

describe('passkeys in the `passkey` profile (one-step registration)', () => {
  it('registration: the passkey trigger sends the traits typed in its own form with the credential', async () => {
    window.history.replaceState(null, '', '/registration')
    whoamiAnswers('whoami-401-signed-out')
    kratosAnswers('get', '/self-service/registration/browser', 'registration-one-step-passkey-init-200')
    const posts = kratosAnswers('post', '/self-service/registration', 'registration-password-400-invalid')
    vi.stubGlobal('navigator', { ...navigator, credentials: { create: attestation, get: vi.fn() } })
    const { findByTestId } = renderWithSession(<OneFormPerMethod />)
    const passkeyForm = await findByTestId('form-passkey')
    // The traits are in the `default` group, drawn in every form: the person fills the passkey form's.
    const field = (name: string) => passkeyForm.querySelector<HTMLInputElement>(`input[name="${name}"]`)!
    await waitFor(() => expect(field('traits.email')).not.toBeNull())
    fireEvent.change(field('traits.email'), { target: { value: 'kim@example.com' } })
    fireEvent.change(field('traits.website'), { target: { value: 'https://www.ory.sh' } })
    fireEvent.click(passkeyForm.querySelector('button[name="passkey_register_trigger"]')!)
    await waitFor(() => expect(posts).toHaveLength(1))
    expect(posts[0]).toMatchObject({ method: 'passkey', traits: { email: 'kim@example.com', website: 'https://www.ory.sh' }, passkey_register: expect.any(String) })
    // The credential is made for the address typed (Kratos's displayNameFieldName, traits.email).
    const options = (attestation.mock.calls.at(-1) as unknown as [{ publicKey: { user: { name: string } } }])[0].publicKey
    expect(options.user.name).toBe('kim@example.com')
  })

  it('settings: Kratos disables "Remove" of the only passkey, and so does the button', async () => {
    window.history.replaceState(null, '', '/settings')
    whoamiAnswers('whoami-200-aal1')
    kratosAnswers('get', '/self-service/settings/browser', 'settings-only-passkey-200')
    function SettingsPage() {
      const settings = useSettingsFlow()
      return <FlowForm flow={settings} />
    }
    const { container } = renderWithSession(<SettingsPage />)
    const node = captured('settings-only-passkey-200').body.ui.nodes.find((n: { attributes: { name?: string } }) => n.attributes.name === 'passkey_remove')
    expect(node.attributes.disabled).toBe(true)
    await waitFor(() => expect(container.querySelector('button[name="passkey_remove"]')).not.toBeNull())
    expect(container.querySelector<HTMLButtonElement>('button[name="passkey_remove"]')!.disabled).toBe(true)
  })
})
