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
