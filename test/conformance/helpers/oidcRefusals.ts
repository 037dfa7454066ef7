import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'
import { expectMessage, gen } from './browser'
import { providerConsent, providerLogin, triggerOidc } from './oidc'
import { expectNoSession } from './session'

// The three cases Ory's oidc login/error and registration/error specs share, each from `pathname`
// (the page the spec's beforeEach opened): Kratos sends the person back there and says why (4000001).

/** The provider's sign-in screen rejected: "login rejected request", signed out. */
export async function expectSignInRejected(page: Page, kratos: ConformanceKratos, pathname: string): Promise<void> {
  await triggerOidc(page)
  await page.locator('#reject').click()
  await expect.poll(() => new URL(page.url()).pathname).toBe(pathname)
  await expectMessage(page, 4000001, 'login rejected request')
  await expectNoSession(page, kratos)
}

/** The provider's consent screen rejected: "consent rejected request", signed out. */
export async function expectConsentRejected(page: Page, kratos: ConformanceKratos, pathname: string): Promise<void> {
  await triggerOidc(page)
  await providerLogin(page, { email: gen.email(), remember: false })
  await page.locator('#reject').click()
  await expect.poll(() => new URL(page.url()).pathname).toBe(pathname)
  await expectMessage(page, 4000001, 'consent rejected request')
  await expectNoSession(page, kratos)
}

/** A consent with no scope ticked (openid not granted): Kratos gets no ID token and says so. */
export async function expectNoIdToken(page: Page, pathname: string): Promise<void> {
  await triggerOidc(page)
  await providerLogin(page, { email: gen.email(), remember: false })
  await providerConsent(page, { scopes: [], website: 'https://www.ory.sh/', remember: false })
  await expect.poll(() => new URL(page.url()).pathname).toBe(pathname)
  await expectMessage(page, 4000001, 'no id_token')
}
