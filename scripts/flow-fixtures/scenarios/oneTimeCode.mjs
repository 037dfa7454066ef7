// Passwordless registration and login with a one-time code sent by e-mail (`code` method).
import { expectStatus, init, logout, submit } from '../kratosFlows.mjs'

export async function oneTimeCode({ client, save, code }) {
  const carl = client()
  const email = 'carl@example.com'
  const traits = { email }

  const registration = expectStatus(await init(carl, 'registration'), 200, 'registration init')
  const profile = expectStatus(await submit(carl, registration, { method: 'profile', traits }), 400, 'registration profile step')
  const sent = save('registration-code-400-sent', await submit(carl, profile, { method: 'code', traits }), 400,
    'Registration by code, code sent: 400 is the next step, the flow in state sent_email (info 1040005) with a code input and a resend button.')
  save('registration-code-400-wrong', await submit(carl, sent, { method: 'code', traits, code: '000000' }), 400, 'A wrong registration code: the flow with message 4040003.')
  const registrationCode = await code(email, ['registration_code_valid'])
  save('registration-code-200-success', await submit(carl, sent, { method: 'code', traits, code: registrationCode.code }), 200,
    'Registration by code done: {session, identity, continue_with:[redirect_browser_to]} (the session hook is on for code).')

  await logout(carl)
  const login = expectStatus(await init(carl, 'login'), 200, 'login init')
  const loginSent = save('login-code-400-sent', await submit(carl, login, { method: 'code', identifier: email }), 400,
    'Login by code, code sent: 400 is the next step, the flow in state sent_email with a code input and a resend button.')
  save('login-code-400-wrong', await submit(carl, loginSent, { method: 'code', identifier: email, code: '000000' }), 400, 'A wrong login code: the flow (still sent_email) with a message.')
  const first = await code(email, ['login_code_valid'])
  save('login-code-400-resent', await submit(carl, loginSent, { method: 'code', identifier: email, resend: 'code' }), 400, 'resend=code: a new code is sent, the same flow in sent_email.')
  const loginCode = await code(email, ['login_code_valid'], [first.id])
  save('login-code-200-success', await submit(carl, loginSent, { method: 'code', identifier: email, code: loginCode.code }), 200,
    'Login by code done: {session (aal1, method code), continue_with:[redirect_browser_to]}.')

  const stranger = client()
  const strangerLogin = expectStatus(await init(stranger, 'login'), 200, 'login init')
  save('login-code-400-unknown-address', await submit(stranger, strangerLogin, { method: 'code', identifier: 'nobody@example.com' }), 400,
    'A code login for an address with no account: the flow, back in choose_method, with message 4000035.')
  return { carl }
}
