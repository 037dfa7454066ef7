// Recovery with feature_flags.use_continue_with_transitions off (Kratos's default), for apps that
// keep it off: the right code is a 422, and a retry is a 303 that fetch follows to a new flow.
import { csrfOf, expectStatus, init, logout, registerWithPassword, submit } from '../kratosFlows.mjs'

export async function flagOff({ client, save, code }) {
  const kim = client()
  const email = 'kim@example.com'
  await registerWithPassword(kim, email)
  await logout(kim)
  const flow = expectStatus(await init(kim, 'recovery'), 200, 'recovery init')
  const sent = expectStatus(await submit(kim, flow, { method: 'code', email }), 200, 'recovery email')
  const recoveryCode = await code(email, ['recovery_code_valid'])
  save('recovery-code-422-settings-flag-off', await submit(kim, sent, { method: 'code', code: recoveryCode.code }), 422,
    'The right code with the flag off: 422 browser_location_change_required to the settings UI ?flow=<new settings flow>; sets ory_kratos_session.')
  const freshCsrf = csrfOf(expectStatus(await init(kim, 'verification'), 200, 'verification init'))
  save('recovery-code-used-200-new-flow-flag-off', await submit(kim, sent, { method: 'code', code: recoveryCode.code, csrf_token: freshCsrf }), 200,
    'The used code again, flag off: a 303 that fetch follows to /self-service/recovery/flows?id=<NEW id>: 200 with a different flow id, choose_method, message 4000001.')

  const lea = client()
  const tooOften = expectStatus(await init(lea, 'recovery'), 200, 'recovery init')
  const tooOftenSent = expectStatus(await submit(lea, tooOften, { method: 'code', email }), 200, 'recovery email')
  let answer
  for (let attempt = 1; attempt <= 8; attempt++) {
    answer = await submit(lea, tooOftenSent, { method: 'code', code: '000000' })
    if (answer.hops.length || answer.status !== 200 || answer.body.id !== tooOftenSent.id) break
  }
  save('recovery-code-too-often-200-new-flow-flag-off', answer, 200,
    'The 6th wrong code, flag off: a followed 303 to a new flow (different id) with message 4000001 "submitted too often".')
}
