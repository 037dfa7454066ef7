import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'
import { OIDC_ISSUER } from '../oidc/clients'
import type { Overlay } from '../profileConfig'
import { expectMessage, gen } from './browser'
import { logout } from './logout'
import { addHiddenInput, answerExampleOrg, providerConsent, providerLogin, signUpWithProvider, triggerOidc } from './oidc'
import { expectSession } from './session'
import { expectTransientPayloadInHook } from './webhook'

// The cases Ory's two social sign-up specs (profiles/oidc/registration/success and
// profiles/two-steps/registration/oidc) share, step for step; each spec names them in its own words.

/** The website the provider's consent puts into the ID token. */
export const website = 'https://www.ory.sh/'

/** Where Ory's apps land after signing up or in: /welcome, / or /sessions (the demo's home is `/`). */
const signedInPath = /^\/(welcome|sessions)?$/

/** The specs' `shouldSession(email)`: an identity with the e-mail and the website of the claims. */
export async function expectOidcIdentity(page: Page, kratos: ConformanceKratos, email: string) {
  const { identity } = await expectSession(page, kratos)
  expect(identity?.id).toBeTruthy()
  expect(identity?.traits.website).toBe(website)
  expect(identity?.traits.email).toBe(email)
  return identity
}

/** Signed in after the provider: on the page Ory's apps land on, as `email`. */
async function expectSignedIn(page: Page, kratos: ConformanceKratos, email: string) {
  await expect.poll(() => new URL(page.url()).pathname).toMatch(signedInPath)
  return expectOidcIdentity(page, kratos, email)
}

/** Kratos's registration form for the provider: the traits it lacks, no password. */
async function expectProviderForm(page: Page, email: string) {
  await expect(page.locator('#registration-password, input[name="password"]')).toHaveCount(0)
  await expect(page.locator('input[name="traits.email"]')).toHaveValue(email)
}

/** "Sign up with complete data": the claims carry every trait the schema needs, so no form. */
export async function signUpWithCompleteData(page: Page, kratos: ConformanceKratos): Promise<void> {
  const email = gen.email()
  await signUpWithProvider(page, kratos, { email, website })
  await expectOidcIdentity(page, kratos, email)
}

/** "Sign up with incomplete data and finally be signed in": the missing traits typed on Kratos's form. */
export async function signUpWithIncompleteData(page: Page, kratos: ConformanceKratos): Promise<void> {
  const email = gen.email()
  await signUpWithProvider(page, kratos, { email, expectSession: false })

  await expectProviderForm(page, email)
  await expectMessage(page, 4000002, 'Property website is missing')

  await page.locator('input[name="traits.consent"][type="checkbox"]').check()
  await page.locator('input[name="traits.newsletter"][type="checkbox"]').check()
  await page.locator('input[name="traits.website"]').fill('http://s')

  const provider = page.locator('[name="provider"]')
  await expect(provider).toHaveCount(1)
  await expect(provider).toHaveAttribute('value', 'hydra')
  await expect(provider).toContainText('Continue')
  await provider.click()

  await expectProviderForm(page, email)
  await expect(page.locator('input[name="traits.website"]')).toHaveValue('http://s')
  await expectMessage(page, 4000003, 'length must be >= 10')
  await page.locator('input[name="traits.website"]').fill(website)

  await expect(page.locator('input[name="traits.consent"]')).toBeChecked()
  await expect(page.locator('input[name="traits.newsletter"]')).toBeChecked()

  await triggerOidc(page)

  const identity = await expectSignedIn(page, kratos, email)
  expect(identity?.traits.consent).toBe(true)
}

/** "Pass transient_payload to webhook": the hook after an oidc sign-up, `schema` kept under it (Ory's setupHooks). */
export async function signUpPassesTransientPayload(page: Page, kratos: ConformanceKratos, schema: Overlay): Promise<void> {
  await expectTransientPayloadInHook(page, kratos, { flow: 'registration', method: 'oidc', keep: [schema] }, async () => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await expectOidcIdentity(page, kratos, email)
  })
}

/** "Convert a sign-up flow to a sign-in flow": signed up, signed out, the provider from /registration. */
export async function signUpThenSignInFromRegistration(page: Page, kratos: ConformanceKratos): Promise<void> {
  const email = gen.email()
  await signUpWithProvider(page, kratos, { email, website })
  await logout(page, kratos)
  await page.goto('/registration')
  // The provider remembers the sign-in and the consent: it answers at once.
  await triggerOidc(page)
  await expectSignedIn(page, kratos, email)
}

/**
 * "Convert a sign-in flow to a sign-up flow": the provider from /login for a new person, under
 * `requiredSchema` (Ory's identity-required schema, its nested required trait), until signed up.
 */
export async function signUpFromLogin(page: Page, kratos: ConformanceKratos, requiredSchema: Overlay): Promise<void> {
  await kratos.configure(requiredSchema)
  const email = gen.email()
  await page.goto('/login')
  await triggerOidc(page)
  await providerLogin(page, { email })
  await providerConsent(page, {})

  await expectMessage(page, 4000002, 'Property website is missing')
  await page.locator('input[name="traits.website"]').fill('http://s')
  await triggerOidc(page)

  await expectMessage(page, 4000003, 'length must be >= 10')
  await expect(page.locator('[name="traits.requirednested"]')).toHaveCount(0)
  await page.locator('input[name="traits.requirednested.a"]').check()
  await page.locator('input[name="traits.consent"]').check()
  await expect(page.locator('input[name="traits.website"]')).toHaveValue('http://s')
  await page.locator('input[name="traits.website"]').fill(website)
  await triggerOidc(page)

  await expect(page).not.toHaveURL(/\/registration/)
  await expectOidcIdentity(page, kratos, email)
}

/** "Sign up with redirects": a sign-up started with a return_to Kratos allows ends there. */
export async function signUpToReturnTo(page: Page, kratos: ConformanceKratos): Promise<void> {
  await answerExampleOrg(page)
  await signUpWithProvider(page, kratos, { email: gen.email(), website, route: '/registration?return_to=https://www.example.org/' })
  await expect(page).toHaveURL('https://www.example.org/')
  await logout(page, kratos)
}

/** "Register with upstream parameters": a form's `upstream_parameters.login_hint` reaches the provider. */
export async function registerWithUpstreamParameters(page: Page): Promise<void> {
  await answerExampleOrg(page)
  const email = gen.email()
  await page.goto('/registration?return_to=https://www.example.org/')
  await addHiddenInput(page, 'upstream_parameters.login_hint', email)
  // Hydra's authorization endpoint is /oauth2/auth; the slot's provider's is /auth.
  const authorization = page.waitForRequest((request) => request.method() === 'GET' && request.url().startsWith(`${OIDC_ISSUER}auth?`))
  await triggerOidc(page)
  expect((await authorization).url()).toContain(`login_hint=${encodeURIComponent(email)}`)
}
