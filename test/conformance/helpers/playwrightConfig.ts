import { DEMO_URL } from '../slot'

/** The page Kratos sends people to after a flow in Ory's Playwright specs (their `/welcome`). */
export const WELCOME_URL = `${DEMO_URL}/welcome`

/**
 * The overlay a describe of Ory's Playwright specs puts over its base config (their `toConfig`):
 * the login style (identifier-first unless said), account enumeration mitigation, `/welcome` after
 * flows, and the describe's own `selfservice` settings. For `kratos.configure(…)` with profile
 * `playwright`.
 */
export function playwrightOverlay({ style = 'identifier_first', mitigateEnumeration = false, selfservice = {} }: { style?: 'identifier_first' | 'unified'; mitigateEnumeration?: boolean; selfservice?: Record<string, unknown> } = {}): Record<string, unknown> {
  return {
    selfservice: { default_browser_return_url: WELCOME_URL, ...selfservice, flows: { login: { style } } },
    security: { account_enumeration: { mitigate: mitigateEnumeration } },
  }
}
