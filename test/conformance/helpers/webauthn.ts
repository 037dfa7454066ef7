import type { Page } from '@playwright/test'

/** Chromium's virtual authenticator on a page (DevTools protocol), as Ory's `cy.addVirtualAuthenticator`. */
export interface VirtualAuthenticator {
  readonly authenticatorId: string
  /** The credentials it holds (passkeys and security keys registered through it). */
  credentials(): Promise<unknown[]>
  /** Forgets every credential (Ory's `WebAuthn.clearCredentials` between cases). */
  clear(): Promise<void>
  /** Whether it answers a ceremony by itself (user presence simulated) or waits. */
  setPresence(enabled: boolean): Promise<void>
  /** Unplugs it (Ory's `WebAuthn.removeVirtualAuthenticator`): its credentials go with it. */
  remove(): Promise<void>
}

/**
 * Adds a platform authenticator with resident keys and user verification (a passkey), unless
 * `options` say otherwise (e.g. `{ automaticPresenceSimulation: false }`).
 */
export async function addVirtualAuthenticator(page: Page, options: Record<string, unknown> = {}): Promise<VirtualAuthenticator> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, ...options },
  })
  return {
    authenticatorId,
    credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials,
    clear: async () => void (await cdp.send('WebAuthn.clearCredentials', { authenticatorId })),
    setPresence: async (enabled) => void (await cdp.send('WebAuthn.setAutomaticPresenceSimulation', { authenticatorId, enabled })),
    remove: async () => void (await cdp.send('WebAuthn.removeVirtualAuthenticator', { authenticatorId })),
  }
}

/**
 * The page's browser reports no conditional mediation, so no passkey autofill starts: as in Ory's
 * Cypress runs, where Kratos's webauthn.js skips it (`window.Cypress`). A virtual authenticator that
 * answers by itself would otherwise sign in from the autofill before a passkey button is pressed.
 */
export async function withoutPasskeyAutofill(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (window.PublicKeyCredential) window.PublicKeyCredential.isConditionalMediationAvailable = async () => false
  })
}
