// Account recovery by e-mail code (feature flag use_continue_with_transitions on, as in the demo).
import { ADMIN_URL } from '../kratosInstance.mjs'
import { expectStatus, getFlow, init, NEW_PASSWORD, registerWithPassword, logout, submit, csrfOf } from '../kratosFlows.mjs'

export async function recovery({ client, save, code }) {
  const dora = client()
  const email = 'dora@example.com'
  await registerWithPassword(dora, email)
  save('recovery-init-400-session-already-available', await init(dora, 'recovery'), 400, 'Recovery init while signed in: session_already_available.')
  await logout(dora)

  const flow = save('recovery-init-200', await init(dora, 'recovery'), 200, 'Recovery flow: state choose_method, an email input and a method=code submit.')
  const sent = save('recovery-email-200-sent', await submit(dora, flow, { method: 'code', email }), 200,
    'E-mail submitted: 200, the flow in state sent_email (info 1060003) with a code input, a method=code submit and an email submit (the resend).')
  save('recovery-code-200-wrong', await submit(dora, sent, { method: 'code', code: '000000' }), 200, 'A wrong recovery code: 200, the flow with message 4060006.')
  const recoveryCode = await code(email, ['recovery_code_valid'])
  const passed = save('recovery-code-200-passed-challenge', await submit(dora, sent, { method: 'code', code: recoveryCode.code }), 200,
    'The right code (flag on): 200, state passed_challenge, continue_with:[show_settings_ui{flow{id,url}}]; sets ory_kratos_session and rotates the CSRF cookie.')
  const settingsId = passed.continue_with.find((item) => item.action === 'show_settings_ui').flow.id
  const settings = save('settings-flow-200-after-recovery', await getFlow(dora, 'settings', settingsId), 200,
    'The settings flow recovery created: message 1060001 (privileged session until …); set a new password here.')
  save('settings-password-200-after-recovery', await submit(dora, settings, { method: 'password', password: NEW_PASSWORD }), 200, 'The new password saved.')
  // The right code rotated the CSRF cookie: a token from any flow made after it is valid again.
  const freshCsrf = csrfOf(expectStatus(await init(dora, 'verification'), 200, 'verification init'))
  save('recovery-code-400-used', await submit(dora, sent, { method: 'code', code: recoveryCode.code, csrf_token: freshCsrf }), 400,
    'The used code again (flag on): 400 {error} with NO error.id, reason "The code was already used…", details.continue_with:[show_recovery_ui{flow{id}}] (no url).')

  const eve = client()
  const tooOften = expectStatus(await init(eve, 'recovery'), 200, 'recovery init')
  const tooOftenSent = expectStatus(await submit(eve, tooOften, { method: 'code', email }), 200, 'recovery email')
  let answer
  for (let attempt = 1; attempt <= 8; attempt++) {
    answer = await submit(eve, tooOftenSent, { method: 'code', code: '000000' })
    if (answer.status !== 200) break
  }
  save('recovery-code-400-too-often', answer, 400,
    'The 6th wrong code (flag on): 400 {error} with no error.id, reason "The request was submitted too often…", details.continue_with:[show_recovery_ui{flow{id}}].')

  save('courier-messages-200', await client().request('GET', `${ADMIN_URL}/admin/courier/messages?recipient=${encodeURIComponent(email)}`), 200,
    'Admin API: the e-mails queued for dora (registration verification, recovery codes), status queued (no courier worker), bodies readable under --dev.')

  const csrf = expectStatus(await init(client(), 'recovery'), 200, 'recovery init')
  const frank = client()
  const other = expectStatus(await init(frank, 'recovery'), 200, 'recovery init')
  save('recovery-submit-403-csrf', await submit(frank, other, { method: 'code', email, csrf_token: csrfOf(csrf) }), 403,
    'A recovery submit with a csrf_token that does not match the cookie: 403 security_csrf_violation (it rotates the CSRF cookie, so this flow is dead).')
}
