// An app registers someone through an API flow; Kratos prepares an API verification flow and mails
// its code with a link, which the person opens in a browser after the code expired (codes live 1 ms
// in this variant). Kratos's answers to that browser (issue 21, profiles/verification/registration/
// errors.spec.ts): the code refused with a 410 naming a replacement that is an API flow too, and the
// browser's e-mail resend on that replacement refused (400, the Origin header on an API flow).
import { PUBLIC_URL } from '../kratosInstance.mjs'
import { expectStatus, getFlow, nodeNamed, PASSWORD } from '../kratosFlows.mjs'

export const SHORT_CODE_OVERLAY = 'selfservice:\n  methods:\n    code:\n      config:\n        lifespan: 1ms\n'

/** An app's request: no cookie, no Origin (what Kratos wants of an API flow). */
async function appRequest(method, url, json) {
  const response = await fetch(url, { method, headers: { Accept: 'application/json', ...(json ? { 'Content-Type': 'application/json' } : {}) }, ...(json ? { body: JSON.stringify(json) } : {}) })
  const body = await response.json()
  if (!response.ok) throw new Error(`${method} ${url}: ${response.status} ${JSON.stringify(body).slice(0, 400)}`)
  return body
}

/** A browser's submit as the SDK sends it: the flow's csrf_token when it has one (an API flow may not). */
function submit(browser, flow, body) {
  const csrf = nodeNamed(flow, 'csrf_token')?.attributes.value
  return browser.request('POST', flow.ui.action, { json: { ...(csrf ? { csrf_token: csrf } : {}), ...body } })
}

export async function expiredApiVerificationCode({ client, save, code }) {
  const email = 'kim@example.com'
  const registration = await appRequest('GET', `${PUBLIC_URL}/self-service/registration/api`)
  const registered = await appRequest('POST', registration.ui.action, { method: 'password', traits: { email }, password: PASSWORD })
  const prepared = registered.continue_with?.find((item) => item.action === 'show_verification_ui')
  if (!prepared) throw new Error(`the API registration named no verification flow: ${JSON.stringify(registered.continue_with)}`)
  const mailed = await code(email, ['verification_code_valid'])

  const browser = client()
  const link = `${PUBLIC_URL}/self-service/verification?code=${mailed.code}&flow=${prepared.flow.id}`
  expectStatus(await browser.request('GET', link, { follow: false }), 303, 'the e-mailed link')
  const linked = save('verification-api-flow-200-code-prefilled', await getFlow(browser, 'verification', prepared.flow.id), 200,
    'The API verification flow an API registration prepared, read by the browser that opened the e-mailed link: type api, state sent_email, the code prefilled.')
  const expired = save('verification-api-code-410-expired', await submit(browser, linked, { method: 'code', code: mailed.code }), 410,
    'Its code sent from the browser after the code expired: 410 self_service_flow_expired with use_flow_id, a replacement of the same type (api).')
  const replacement = save('verification-api-flow-200-replacement', await getFlow(browser, 'verification', expired.use_flow_id), 200,
    'The replacement the 410 names: type api, state choose_method (the e-mail form only), message 4070005 "The verification flow expired …".')
  save('verification-api-email-400-origin', await submit(browser, replacement, { method: 'code', email }), 400,
    'The e-mail sent from the browser on that API replacement: 400, Kratos refuses an API flow a request with an Origin header (ErrOriginHeaderNeedsBrowserFlow).')
}
