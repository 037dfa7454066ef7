// Security keys as a second factor (selfservice.methods.webauthn, passwordless off): enrolment and
// removal in Settings, and the aal2 login step they add after a password sign-in. The key is
// scripts/flow-fixtures/softAuthenticator.mjs, answering Kratos's own options.
import { expectStatus, init, logout, nodeNamed, registerWithPassword, submit, PASSWORD } from '../kratosFlows.mjs'
import { SPA_ORIGIN } from '../kratosInstance.mjs'
import { SoftAuthenticator } from '../softAuthenticator.mjs'
import { webauthnOverlay } from '../../webauthnOverlay.mjs'

export const WEBAUTHN_OVERLAY = webauthnOverlay([SPA_ORIGIN])

/** The options Kratos puts in a trigger's value (what its webauthn.js passes to navigator.credentials). */
const optionsOf = (flow, trigger) => JSON.parse(nodeNamed(flow, trigger).attributes.value)

export async function webauthn({ client, save }) {
  const wendy = client()
  const email = 'wendy@example.com'
  const key = new SoftAuthenticator(SPA_ORIGIN)
  await registerWithPassword(wendy, email)

  const settings = save('webauthn-settings-init-200', await init(wendy, 'settings'), 200,
    'Settings with webauthn on (passwordless off): the webauthn group has webauthn_register_displayname, the webauthn_register_trigger button (onclickTrigger oryWebAuthnRegistration, the creation options in its value), the hidden webauthn_register and the webauthn.js script.')
  const enrolled = save('webauthn-settings-register-200', await submit(wendy, settings, {
    method: 'webauthn', webauthn_register_displayname: 'My blue key', webauthn_register: key.create(optionsOf(settings, 'webauthn_register_trigger')),
  }), 200, 'A security key enrolled: the settings flow, state success, with a webauthn_remove button for it (label 1050018 "Remove security key \\"My blue key\\"").')

  // Signed out, the password is only the first step now.
  await logout(wendy)
  const login = expectStatus(await init(wendy, 'login'), 200, 'login init')
  save('webauthn-login-password-422-aal2-required', await submit(wendy, login, { method: 'password', identifier: email, password: PASSWORD }), 422,
    'Password login of an identity with a security key: 422 browser_location_change_required to the aal2 login.')
  const aal2 = save('webauthn-login-init-aal2-200', await init(wendy, 'login', { aal: 'aal2' }), 200,
    'The aal2 step: the webauthn_login_trigger button (onclickTrigger oryWebAuthnLogin, request options in its value, label 1010008 "Sign in with hardware key"), the hidden webauthn_login and identifier, the webauthn.js script.')
  save('webauthn-login-aal2-400-invalid', await submit(wendy, aal2, { method: 'webauthn', identifier: email, webauthn_login: '{"not":"a credential"}' }), 400, 'A garbage webauthn_login: the flow with message 4000001 "Unable to parse WebAuthn response."')
  const retry = expectStatus(await init(wendy, 'login', { aal: 'aal2' }), 200, 'aal2 login init')
  save('webauthn-login-aal2-200-success', await submit(wendy, retry, { method: 'webauthn', identifier: nodeNamed(retry, 'identifier').attributes.value, webauthn_login: key.get(optionsOf(retry, 'webauthn_login_trigger')) }), 200,
    'The key pressed: {session (aal2, methods password + webauthn), continue_with:[redirect_browser_to]}.')

  const again = expectStatus(await init(wendy, 'settings'), 200, 'settings init')
  save('webauthn-settings-remove-200', await submit(wendy, again, { method: 'webauthn', webauthn_remove: nodeNamed(enrolled, 'webauthn_remove').attributes.value }), 200,
    'The key removed: the settings flow, state success, no webauthn_remove button left.')
}
