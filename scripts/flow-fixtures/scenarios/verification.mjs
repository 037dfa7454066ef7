// Address verification by e-mail code.
import { PUBLIC_URL } from '../kratosInstance.mjs'
import { csrfOf, expectStatus, getFlow, init, registerWithPassword, submit } from '../kratosFlows.mjs'

export async function verification({ client, save, code }) {
  const gina = client()
  const email = 'gina@example.com'
  await registerWithPassword(gina, email) // registration queued a verification e-mail already

  const visitor = client()
  const flow = save('verification-init-200', await init(visitor, 'verification'), 200, 'Verification flow (signed out; signed in is allowed too): an email input and a method=code submit.')
  const sent = save('verification-email-200-sent', await submit(visitor, flow, { method: 'code', email }), 200,
    'E-mail submitted: 200, state sent_email with a code input and an email submit (the resend).')
  save('verification-code-200-wrong', await submit(visitor, sent, { method: 'code', code: '000000' }), 200, 'A wrong code: 200, the flow with message 4070006.')
  const verificationCode = await code(email, ['verification_code_valid'])
  save('verification-code-200-passed-challenge', await submit(visitor, sent, { method: 'code', code: verificationCode.code }), 200,
    'The right code: 200, state passed_challenge, message 1080002, an anchor node "continue"; no continue_with.')
  save('verification-code-410-replaced-after-pass', await submit(visitor, sent, { method: 'code', code: verificationCode.code }), 410,
    'The passed flow submitted again: 410 self_service_flow_replaced with use_flow_id.')

  const hugo = client()
  const hugoEmail = 'hugo@example.com'
  await registerWithPassword(hugo, hugoEmail)
  const linkFlow = expectStatus(await init(hugo, 'verification'), 200, 'verification init')
  expectStatus(await submit(hugo, linkFlow, { method: 'code', email: hugoEmail }), 200, 'verification email')
  const linkCode = await code(hugoEmail, ['verification_code_valid'])
  const link = `${PUBLIC_URL}/self-service/verification?code=${linkCode.code}&flow=${linkFlow.id}`
  save('verification-link-303-not-json', await hugo.request('GET', link, { follow: false }), 303,
    'The e-mail\'s code link: 303 to the verification UI with ?flow=, text/html even with Accept: application/json (saved as {status, headers, text}).')
  save('verification-flow-200-code-prefilled', await getFlow(hugo, 'verification', linkFlow.id), 200, 'The flow after the link: still sent_email, the code prefilled in the code node.')

  const tooOften = expectStatus(await init(hugo, 'verification'), 200, 'verification init')
  const tooOftenSent = expectStatus(await submit(hugo, tooOften, { method: 'code', email: hugoEmail }), 200, 'verification email')
  let answer
  for (let attempt = 1; attempt <= 8; attempt++) {
    answer = await submit(hugo, tooOftenSent, { method: 'code', code: '000000' })
    if (answer.status !== 200) break
  }
  save('verification-code-410-replaced-too-often', answer, 410, 'The 6th wrong code: 410 self_service_flow_replaced with use_flow_id.')

  const foreign = expectStatus(await init(client(), 'verification'), 200, 'verification init')
  const csrfFlow = expectStatus(await init(hugo, 'verification'), 200, 'verification init')
  save('verification-submit-403-csrf', await submit(hugo, csrfFlow, { method: 'code', email: hugoEmail, csrf_token: csrfOf(foreign) }), 403,
    'A verification submit with a csrf_token that does not match the cookie: 403 security_csrf_violation (not a 410).')
}
