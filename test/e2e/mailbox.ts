import { latestCode } from '../../scripts/courier.mjs'

/** Kratos's admin API in the browser tests (the demo config's `serve.admin`). */
export const KRATOS_ADMIN = 'http://localhost:4434'

/** Which e-mail: Kratos's template types for each kind of code. */
const TEMPLATES = {
  recovery: ['recovery_code_valid'],
  verification: ['verification_code_valid'],
  login: ['login_code_valid'],
  registration: ['registration_code_valid'],
} as const

/**
 * The newest code of this kind Kratos queued for `email` (read from the admin API on the Node side;
 * Kratos runs with --dev and no courier worker). `skip` lists message ids already used.
 */
export function codeFor(email: string, kind: keyof typeof TEMPLATES, skip: string[] = []): Promise<{ code: string; id: string }> {
  return latestCode(KRATOS_ADMIN, email, { templateTypes: [...TEMPLATES[kind]], skip })
}
