import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'
import { OIDC_ISSUER } from '../oidc/clients'
import { expectNoSession, expectSession } from './session'

// Steps of social sign-in against the slot's OpenID provider (../oidc/provider.ts), as Ory's
// cy.triggerOidc / cy.registerOidc / cy.loginOidc drive their Hydra. Specs that use them import
// `test` from ../oidc/fixtures, which starts the provider.

/** The provider's screens are on (its issuer's origin). */
export const onProvider = new RegExp(`^${OIDC_ISSUER.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}`)

/** Ory's `cy.triggerOidc`: presses the button of `provider` (`name=provider`, value the id). */
export async function triggerOidc(page: Page, provider = 'hydra'): Promise<void> {
  await page.locator(`[name="provider"][value="${provider}"]`).click()
}

/** The provider's sign-in screen: types the username (the e-mail), ticks remember, accepts or rejects. */
export async function providerLogin(page: Page, { email, remember = true, accept = true }: { email: string; remember?: boolean; accept?: boolean }): Promise<void> {
  await page.locator('#username').fill(email)
  if (remember) await page.locator('#remember').check()
  await page.locator(accept ? '#accept' : '#reject').click()
}

/**
 * The provider's consent screen: ticks `scopes` (default every scope shown), types `website` (the
 * claim Kratos maps to the trait), ticks remember, accepts or rejects.
 */
export async function providerConsent(page: Page, { scopes, website, remember = true, accept = true }: { scopes?: string[]; website?: string; remember?: boolean; accept?: boolean }): Promise<void> {
  await expect(page.locator('#accept')).toBeVisible()
  if (scopes) for (const scope of scopes) await page.locator(`[id="${scope}"]`).check()
  else for (const box of await page.locator('input[name="scope"]').all()) await box.check()
  if (website) await page.locator('#website').fill(website)
  if (remember) await page.locator('#remember').check()
  await page.locator(accept ? '#accept' : '#reject').click()
}

export interface SignUpWithProvider {
  email: string
  /** The `website` claim typed on the consent screen; none: Kratos asks for the trait itself. */
  website?: string
  /** Where the sign-up starts (default `/registration`). */
  route?: string
  scopes?: string[]
  rememberLogin?: boolean
  rememberConsent?: boolean
  acceptLogin?: boolean
  acceptConsent?: boolean
  /** Whether a session must follow (default) or must not. */
  expectSession?: boolean
}

/**
 * Ory's `cy.registerOidc`: opens `route`, presses the `hydra` button, signs in and consents at
 * the provider, and waits until the browser is back from it; then expects a session, or none.
 */
export async function signUpWithProvider(page: Page, kratos: ConformanceKratos, options: SignUpWithProvider): Promise<void> {
  const { email, website, route = '/registration', scopes, rememberLogin = true, rememberConsent = true, acceptLogin = true, acceptConsent = true, expectSession: session = true } = options
  await page.goto(route)
  await triggerOidc(page)
  await providerLogin(page, { email, remember: rememberLogin, accept: acceptLogin })
  await providerConsent(page, { ...(scopes ? { scopes } : {}), ...(website ? { website } : {}), remember: rememberConsent, accept: acceptConsent })
  await expect(page).not.toHaveURL(onProvider)
  if (session) await expectSession(page, kratos)
  else await expectNoSession(page, kratos)
}

/**
 * Ory's `cy.loginOidc`: opens `url`, runs `beforeTrigger` (e.g. adds an upstream parameter),
 * presses the `hydra` button (the provider remembers the sign-in and the consent, so it answers
 * at once), and expects a session, or none.
 */
export async function signInWithProvider(page: Page, kratos: ConformanceKratos, { url = '/login', beforeTrigger, expectSession: session = true }: { url?: string; beforeTrigger?: () => Promise<void>; expectSession?: boolean } = {}): Promise<void> {
  await page.goto(url)
  await beforeTrigger?.()
  await triggerOidc(page)
  await expect(page).not.toHaveURL(/\/consent/)
  if (session) await expectSession(page, kratos)
  else await expectNoSession(page, kratos)
}

/**
 * Ory's `cy.addInputElement("form", name, value)`: a hidden input in every form of the page, once
 * the provider buttons are drawn (e.g. `upstream_parameters.login_hint`, which Kratos passes on).
 */
export async function addHiddenInput(page: Page, name: string, value: string): Promise<void> {
  await expect(page.locator('[name="provider"]').first()).toBeVisible()
  await page.locator('form').evaluateAll(
    (forms, [name, value]) => forms.forEach((form) => form.append(Object.assign(document.createElement('input'), { type: 'hidden', name, value }))),
    [name, value] as const,
  )
}

/** The internet is out of reach here: https://www.example.org/ (a `return_to` of Ory's) answers in the browser. */
export async function answerExampleOrg(page: Page): Promise<void> {
  await page.route('https://www.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>example.org</h1>' }))
}
