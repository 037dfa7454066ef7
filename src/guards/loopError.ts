import { OrySessionError } from '../kratos/errors.js'
import type { LoginReason } from './decideAccess.js'

// Troubleshooting hints are for the developer who hits the loop; production builds drop them.
const HINTS: Record<LoginReason, string> = {
  signed_out:
    'Kratos sent the browser back, but whoami still sees nobody signed in. Usually the session cookie ' +
    'does not reach whoami: serve the app and Kratos on the same host name (never mix localhost and ' +
    '127.0.0.1), enable CORS with credentials for this origin, and list this page in ' +
    'selfservice.allowed_return_urls.',
  aal2_required:
    'The second-factor step finished, but whoami still requires aal2. Check that the identity has a ' +
    'second factor set up and Kratos\'s session.whoami.required_aal.',
  aal_too_low:
    'The second-factor step finished, but the session is still below aal2. Check that the identity has ' +
    'a second factor set up (TOTP, WebAuthn, lookup codes).',
  too_old:
    're-authentication finished, but authenticated_at is still older than maxAge. Check the device ' +
    "clock and the guard's maxAge.",
}

/** The error a guard shows instead of sending the user to the same login URL again. */
export function loopError(reason: LoginReason, url: string): OrySessionError {
  return new OrySessionError('redirect_loop', `Stopped a redirect loop to ${url}.${process.env.NODE_ENV === 'production' ? '' : ` ${HINTS[reason]}`}`)
}
