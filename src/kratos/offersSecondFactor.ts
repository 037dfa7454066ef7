import type { UiNode } from '@ory/client'

// The groups whose nodes Kratos v1.3.1 adds to an aal2 login flow, each only when the identity holds
// that credential (selfservice/strategy/*: PopulateLoginMethodSecondFactor / PopulateLoginMethod):
// totp (`totp_code` + `method=totp`), lookup_secret (`lookup_secret` + `method=lookup_secret`),
// webauthn (when not configured for passwordless) and code (`address` buttons, when the code
// method's `mfa_enabled` is on and the identity has an address). passkey, password, oidc and
// identifier_first add nothing at aal2, so their groups never mean "a second factor is offered".
const SECOND_FACTOR_GROUPS: ReadonlySet<string> = new Set(['totp', 'lookup_secret', 'webauthn', 'code'])

/**
 * Tells whether a login flow offers a second factor the person can complete. Kratos answers an
 * aal2 login flow even for an identity without any second factor: a 200 whose only node is
 * `csrf_token`, with message 1010004 "Please complete the second authentication challenge." and
 * nothing to submit. This tells that dead end apart from a real second-factor step.
 *
 * Only meaningful for an aal2 login flow (`requested_aal: 'aal2'`): an aal1 flow's `code` nodes
 * are a first factor. Script nodes alone (WebAuthn's `webauthn.js`) do not count.
 *
 * @example
 * ```ts
 * import type { LoginFlow } from '@ory/client'
 * import { offersSecondFactor } from 'ory-session-react'
 *
 * async function canStepUp(baseUrl: string): Promise<boolean> {
 *   const response = await fetch(`${baseUrl}/self-service/login/browser?aal=aal2`, {
 *     credentials: 'include',
 *     headers: { Accept: 'application/json' },
 *   })
 *   return response.ok && offersSecondFactor((await response.json()) as LoginFlow)
 * }
 * ```
 */
export function offersSecondFactor(flow: { ui: { nodes: UiNode[] } }): boolean {
  return flow.ui.nodes.some((node) => node.type !== 'script' && SECOND_FACTOR_GROUPS.has(node.group))
}
