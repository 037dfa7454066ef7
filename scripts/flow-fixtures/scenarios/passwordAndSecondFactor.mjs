// Registration (two steps), password login, TOTP and lookup-code enrolment, the aal2 step, and the
// answers around a session: already signed in, aal2 pending, aal2 flow without a second factor.
import { totpCode } from '../../totp.mjs'
import { csrfOf, expectStatus, getFlow, init, logout, nodeNamed, PASSWORD, registerWithPassword, submit } from '../kratosFlows.mjs'
import { PUBLIC_URL } from '../kratosInstance.mjs'

export async function passwordAndSecondFactor({ client, save }) {
  const anna = client()
  const email = 'anna@example.com'

  const registration = save('registration-init-200', await init(anna, 'registration'), 200, 'New registration flow: only traits, csrf_token and a method=profile submit (two-step registration).')
  const profile = save('registration-profile-400-next-step', await submit(anna, registration, { method: 'profile', traits: { email } }), 400,
    'Step 1 of two-step registration: 400 is the next step, the same flow (choose_method, info 1040009) with the credential nodes (password, code, passkey with passkey_create_data and the webauthn script) and a screen=previous submit.')
  save('registration-password-400-invalid', await submit(anna, profile, { method: 'password', traits: { email }, password: '123' }), 400, 'Step 2 with a too short password: the flow with a message on the password node.')
  save('registration-password-200-success', await submit(anna, profile, { method: 'password', traits: { email }, password: PASSWORD }), 200,
    'Registration success: {session, identity, continue_with:[redirect_browser_to, show_verification_ui]}; sets ory_kratos_session (session hook).')

  const bob = client()
  const duplicate = expectStatus(await init(bob, 'registration'), 200, 'registration init')
  save('registration-password-400-duplicate', await submit(bob, duplicate, { method: 'password', traits: { email }, password: PASSWORD }), 400, 'Registering an address that exists: the flow with message 4000007.')

  save('login-init-400-session-already-available', await init(anna, 'login'), 400, 'Login init while signed in: an {error} (session_already_available), never a flow.')
  save('login-init-aal2-200-no-second-factor', await init(anna, 'login', { aal: 'aal2' }), 200,
    'aal2 login for an identity with no second factor: a flow whose only node is csrf_token, info 1010004 — nothing to submit.')
  save('whoami-200-aal1', await anna.request('GET', `${PUBLIC_URL}/sessions/whoami`), 200, 'The session after registration (aal1, password).')

  // TOTP enrolment in settings.
  const settings = save('settings-init-200', await init(anna, 'settings'), 200, 'Settings flow: profile, password, totp (QR image and secret), lookup_secret and passkey groups.')
  const secret = nodeNamed(settings, 'totp_secret_key').attributes.text.text
  save('settings-totp-400-invalid', await submit(anna, settings, { method: 'totp', totp_code: '000000' }), 400, 'A wrong TOTP code at enrolment: the flow with a message on totp_code.')
  const enrolled = save('settings-totp-200-saved', await submit(anna, settings, { method: 'totp', totp_code: totpCode(secret) }), 200,
    'TOTP enrolled: the settings flow, state success, and continue_with redirect_browser_to (the settings UI with the same flow); the session is now aal2.')
  save('whoami-200-aal2-after-totp-enrolment', await anna.request('GET', `${PUBLIC_URL}/sessions/whoami`), 200, 'Enrolling TOTP upgraded the current session to aal2 at once.')
  const regenerated = save('settings-lookup-secret-200-regenerated', await submit(anna, enrolled, { method: 'lookup_secret', lookup_secret_regenerate: true }), 200,
    'Lookup codes generated (lookup_secret_codes text node) but not yet saved: a confirm submit follows.')
  save('settings-lookup-secret-200-confirmed', await submit(anna, regenerated, { method: 'lookup_secret', lookup_secret_confirm: true }), 200, 'Lookup codes confirmed.')
  save('login-init-aal2-400-already-aal2', await init(anna, 'login', { aal: 'aal2' }), 400, 'aal2 login init when the session already is aal2: session_already_available.')

  // Password login of an identity with TOTP: aal2 is still required.
  await logout(anna)
  const login = expectStatus(await init(anna, 'login'), 200, 'login init')
  save('login-password-422-aal2-required', await submit(anna, login, { method: 'password', identifier: email, password: PASSWORD }), 422,
    'Password login when aal2 is required: 422 browser_location_change_required to Kratos\'s aal2 login init; it already sets an aal1 ory_kratos_session.')
  save('whoami-403-aal2-required', await anna.request('GET', `${PUBLIC_URL}/sessions/whoami`), 403, 'whoami of that aal1 session: session_aal2_required with redirect_browser_to.')
  save('login-init-400-session-already-available-aal2-pending', await init(anna, 'login'), 400,
    'Plain login init with an aal1 session that needs aal2: session_already_available, although whoami answers 403 (a loop risk).')
  save('settings-init-403-aal2-required', await init(anna, 'settings'), 403, 'Settings init with that aal1 session: session_aal2_required.')
  const aal2 = save('login-init-aal2-200', await init(anna, 'login', { aal: 'aal2' }), 200, 'The aal2 step: totp_code + method=totp, and lookup_secret.')
  save('login-aal2-totp-400-invalid', await submit(anna, aal2, { method: 'totp', totp_code: '000000' }), 400, 'A wrong TOTP code: the flow with a message.')
  save('login-aal2-totp-200-success', await submit(anna, aal2, { method: 'totp', totp_code: totpCode(secret, Date.now() + 30_000) }), 200,
    'The aal2 step done: {session (aal2), continue_with:[redirect_browser_to]}.')

  // Signed out: the plain login page and its failures.
  await logout(anna)
  const fresh = save('login-init-200', await init(anna, 'login'), 200, 'Login flow: identifier, password, code ("Send sign in code") and passkey (webauthn script, passkey_challenge) nodes.')
  save('login-password-400-invalid-credentials', await submit(anna, fresh, { method: 'password', identifier: email, password: 'wrong-password-here' }), 400, 'Wrong password: the flow with message 4000006.')
  save('login-passkey-422-empty', await submit(anna, fresh, { method: 'passkey', passkey_login: '' }), 422,
    'A passkey submit with an empty passkey_login: 422 browser_location_change_required back to the login UI with the same flow.')
  save('login-passkey-400-unparsable', await submit(anna, fresh, { method: 'passkey', passkey_login: '{"not":"a credential"}' }), 400, 'A garbage passkey_login: the flow with message 4000001.')
  save('login-init-aal2-401-aal1-required', await init(anna, 'login', { aal: 'aal2' }), 401, 'aal2 login init signed out: session_aal1_required.')
  save('login-init-400-return-to-forbidden', await init(anna, 'login', { return_to: 'https://evil.example/steal' }), 400, 'return_to outside allowed_return_urls: self_service_flow_return_to_forbidden.')
  save('login-flow-get-403-csrf', await getFlow(client(), 'login', fresh.id), 403, 'GET of a browser flow from a browser without its CSRF cookie: security_csrf_violation.')
  save('login-submit-403-csrf', await submit(anna, fresh, { method: 'password', identifier: email, password: PASSWORD, csrf_token: 'not-the-token' }), 403, 'A wrong csrf_token: security_csrf_violation.')

  // A password login that is done at once (no second factor).
  await registerWithPassword(bob, 'bob@example.com')
  await logout(bob)
  const bobLogin = expectStatus(await init(bob, 'login', { return_to: 'http://localhost:15173/account' }), 200, 'login init')
  save('login-password-200-success', await submit(bob, bobLogin, { method: 'password', identifier: 'bob@example.com', password: PASSWORD }), 200,
    'Password login done (flow started with return_to): {session (aal1), continue_with:[redirect_browser_to return_to]}; sets ory_kratos_session and rotates the CSRF cookie.')
  save('login-submit-400-used-flow-signed-in', await submit(bob, bobLogin, { method: 'password', identifier: 'bob@example.com', password: PASSWORD, csrf_token: csrfOf(expectStatus(await init(bob, 'verification'), 200, 'verification init')) }), 400,
    'The used login flow submitted again while signed in: a flow with message 4000001, not the session_already_available error.')
}
