// Settings saves (and their automatic redirect_browser_to), the session errors of settings, and
// unknown flows.
import { PUBLIC_URL } from '../kratosInstance.mjs'
import { csrfOf, expectStatus, getFlow, init, NEW_PASSWORD, registerWithPassword, submit } from '../kratosFlows.mjs'

const UNKNOWN_ID = '00000000-0000-4000-8000-000000000000'

export async function settingsAndErrors({ client, save }) {
  const ivan = client()
  await registerWithPassword(ivan, 'ivan@example.com')
  const flow = expectStatus(await init(ivan, 'settings'), 200, 'settings init')
  save('settings-password-400-invalid', await submit(ivan, flow, { method: 'password', password: '123' }), 400, 'A too short new password: the flow with a message on the password node.')
  save('settings-password-200-saved', await submit(ivan, flow, { method: 'password', password: NEW_PASSWORD }), 200,
    'Password saved: 200, state success, message 1050001, continue_with:[redirect_browser_to = the settings UI with the same flow id]; ui.action names a new flow id.')
  const withReturnTo = expectStatus(await init(ivan, 'settings', { return_to: 'http://localhost:15173/account' }), 200, 'settings init')
  save('settings-password-200-saved-with-return-to', await submit(ivan, withReturnTo, { method: 'password', password: NEW_PASSWORD }), 200,
    'Password saved in a flow started with return_to: continue_with redirect_browser_to = that return_to.')
  const profile = expectStatus(await init(ivan, 'settings'), 200, 'settings init')
  save('settings-profile-200-verification-needed', await submit(ivan, profile, { method: 'profile', traits: { email: 'ivan.new@example.com' } }), 200,
    'E-mail changed: continue_with:[show_verification_ui{flow}, redirect_browser_to] (a code went to the new address).')

  const jane = client()
  await registerWithPassword(jane, 'jane@example.com')
  const janeFlow = expectStatus(await init(jane, 'settings'), 200, 'settings init')
  save('settings-submit-403-identity-mismatch', await submit(ivan, janeFlow, { method: 'password', password: NEW_PASSWORD, csrf_token: csrfOf(profile) }), 403,
    'Another identity\'s settings flow submitted: security_identity_mismatch.')

  const nobody = client()
  save('settings-init-401-session-inactive', await init(nobody, 'settings'), 401, 'Settings init signed out: 401 session_inactive.')
  save('settings-flow-get-401-signed-out', await getFlow(nobody, 'settings', janeFlow.id), 401, 'GET of a settings flow signed out: 401 with no error.id.')
  save('whoami-401-signed-out', await nobody.request('GET', `${PUBLIC_URL}/sessions/whoami`), 401, 'whoami signed out: 401 with no error.id.')

  for (const type of ['login', 'registration', 'settings', 'recovery', 'verification']) {
    save(`${type}-flow-404-unknown`, await getFlow(ivan, type, UNKNOWN_ID), 404, `GET of an unknown ${type} flow id: 404 with no error.id.`)
  }
}
