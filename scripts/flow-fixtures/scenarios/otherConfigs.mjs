// Configurations other than the demo's (issue 21): registration with `show_verification_ui`,
// one-step (legacy) registration, identifier-first login. One variant each, so each scenario runs
// on its own Kratos with only its overlay.
import { expectStatus, getFlow, init, PASSWORD, registerWithPassword, submit } from '../kratosFlows.mjs'

export const SHOW_VERIFICATION_UI_OVERLAY = 'selfservice:\n  flows:\n    registration:\n      after:\n        password:\n          hooks:\n            - hook: show_verification_ui\n'
export const ONE_STEP_OVERLAY = 'selfservice:\n  flows:\n    registration:\n      enable_legacy_one_step: true\n'
export const IDENTIFIER_FIRST_OVERLAY = 'selfservice:\n  flows:\n    login:\n      style: identifier_first\n'

/** Registration by password with `show_verification_ui` (and no session hook), then the flow Kratos prepared. */
export async function showVerificationUi({ client, save }) {
  const ida = client()
  const email = 'ida@example.com'
  const traits = { email }
  const registration = expectStatus(await init(ida, 'registration'), 200, 'registration init')
  const profile = expectStatus(await submit(ida, registration, { method: 'profile', traits }), 400, 'registration profile step')
  const done = save('registration-password-200-show-verification-ui', await submit(ida, profile, { method: 'password', traits, password: PASSWORD }), 200,
    'Registration by password with hooks [show_verification_ui] (no session hook): {identity, continue_with:[redirect_browser_to, show_verification_ui{flow{id,url,verifiable_address}}]}, no session; the verification e-mail is queued already.')
  const prepared = done.continue_with.find((item) => item.action === 'show_verification_ui')
  save('verification-flow-200-prepared-after-registration', await getFlow(ida, 'verification', prepared.flow.id), 200,
    'The verification flow the registration prepared (continue_with show_verification_ui): state sent_email, a code input; the code is in the mailbox.')
}

/** `enable_legacy_one_step`: every method's form carries the traits. */
export async function oneStepRegistration({ client, save }) {
  save('registration-init-200-one-step', await init(client(), 'registration'), 200,
    'One-step (legacy) registration: password, code and passkey each carry their own traits.email node (three "E-Mail" inputs).')
}

/** `login.style: identifier_first`: the identifier, then the methods of that account. */
export async function identifierFirst({ client, save }) {
  const jan = client()
  const email = 'jan@example.com'
  await registerWithPassword(client(), email)
  const flow = save('login-init-200-identifier-first', await init(jan, 'login'), 200,
    'Identifier-first login, first screen: an identifier input and method=identifier_first ("Continue").')
  save('login-identifier-first-400-next', await submit(jan, flow, { method: 'identifier_first', identifier: email }), 400,
    'Identifier-first, second screen: 400 + the flow, the identifier now hidden, the account\'s methods (password); no way back in the nodes.')
}

/**
 * An e-mail change in a settings flow started with return_to (issue 21, email/settings/success's
 * "shows verification screen"): the answer's show_verification_ui, then the flow Kratos prepared.
 * The demo's own config: its verification hook runs on every settings save that leaves an address
 * pending.
 */
export async function settingsShowVerificationUi({ client, save }) {
  const iris = client()
  await registerWithPassword(iris, 'iris@example.com')
  const flow = expectStatus(await init(iris, 'settings', { return_to: 'http://localhost:15173/account' }), 200, 'settings init')
  const saved = save('settings-profile-200-verification-prepared', await submit(iris, flow, { method: 'profile', traits: { email: 'iris.new@example.com' } }), 200,
    'E-mail changed in a flow started with return_to: 200, state success, continue_with:[show_verification_ui{flow{id,url,verifiable_address}}, redirect_browser_to = the return_to]; the code went to the new address.')
  const prepared = saved.continue_with.find((item) => item.action === 'show_verification_ui')
  save('verification-flow-200-prepared-after-settings', await getFlow(iris, 'verification', prepared.flow.id), 200,
    'The verification flow the settings save prepared: state sent_email, a code input, the settings flow\'s return_to carried on.')
}
