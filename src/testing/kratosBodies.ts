// The error bodies Kratos writes (ory/herodot envelopes, as in Kratos's source), for the test kit.

/** whoami without a valid session: 401, no `error.id`. */
export const signedOutBody = {
  error: { code: 401, status: 'Unauthorized', reason: 'No valid session credentials found in the request.', message: 'The request could not be authorized' },
}

/** whoami for an aal1 session of an identity with a second factor: 403 `session_aal2_required`. */
export function aal2RequiredBody(baseUrl: string) {
  const redirect = new URL('self-service/login/browser?aal=aal2', baseUrl).href
  return {
    error: {
      id: 'session_aal2_required',
      code: 403,
      status: 'Forbidden',
      reason: 'An active session was found but it does not fulfill the requested Authenticator Assurance Level. Please verify yourself with a second factor to resolve this issue.',
      message: 'Session does not fulfill the requested Authenticator Assurance Level',
      details: { redirect_browser_to: redirect },
    },
    redirect_browser_to: redirect,
  }
}

/** The aal2 login flow init without a session: 401 `session_aal1_required` (Kratos v1.3.1). */
export const aal1RequiredBody = {
  error: {
    id: 'session_aal1_required',
    code: 401,
    status: 'Unauthorized',
    reason: 'You can not requested a higher AAL (AAL2/AAL3) without an active session.',
    message: 'aal2 and aal3 can only be requested if a session exists already',
  },
}

/**
 * The aal2 login flow Kratos v1.3.1 creates for an aal1 session (test/fixtures/aal2): with a second
 * factor, the TOTP nodes; without one, only `csrf_token` (the dead end the guards avoid).
 */
export function aal2LoginFlowBody(baseUrl: string, secondFactor: boolean) {
  const id = 'mock-aal2-login-flow'
  const input = (group: string, name: string, type: string, value: string, label?: { id: number; text: string }) => ({
    type: 'input',
    group,
    attributes: { name, type, value, disabled: false, node_type: 'input', ...(type === 'submit' ? {} : { required: true }) },
    messages: [],
    meta: label ? { label: { ...label, type: 'info' } } : {},
  })
  const nodes = [input('default', 'csrf_token', 'hidden', 'mock-csrf-token')]
  if (secondFactor) {
    nodes.push(input('totp', 'totp_code', 'text', '', { id: 1010006, text: 'Authentication code' }))
    nodes.push(input('totp', 'method', 'submit', 'totp', { id: 1010009, text: 'Use Authenticator' }))
  }
  return {
    id,
    type: 'browser',
    request_url: new URL('self-service/login/browser?aal=aal2', baseUrl).href,
    ui: {
      action: new URL(`self-service/login?flow=${id}`, baseUrl).href,
      method: 'POST',
      nodes,
      messages: [{ id: 1010004, text: 'Please complete the second authentication challenge.', type: 'info' }],
    },
    refresh: false,
    requested_aal: 'aal2',
    state: 'choose_method',
  }
}
