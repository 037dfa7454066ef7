// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/registration/success.spec.ts,
// react variant (profile `spa`): signing up through an OpenID provider (the slot's, ../../../oidc/,
// where Ory runs Hydra and its login and consent app).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../oidc/fixtures'
import { OIDC_ISSUER } from '../../../oidc/clients'
import { expectMessage, fill, gen, input, submit } from '../../../helpers/browser'
import { logout } from '../../../helpers/logout'
import { addHiddenInput, providerConsent, providerLogin, signUpWithProvider, triggerOidc } from '../../../helpers/oidc'
import { expectNoSession, expectSession } from '../../../helpers/session'
import { identitySchemas } from '../../../helpers/identitySchema'
import { expectTransientPayloadInHook } from '../../../helpers/webhook'

test.use({ profile: 'spa' })

const website = 'https://www.ory.sh/'
/** Ory's `cy.setIdentitySchema(file)`: a new schema, made the default (the profile's stays known). */
const identitySchema = (file: string) => identitySchemas('oidc', { default: 'profiles/spa/identity.traits.schema.json', oidc: `profiles/oidc/${file}` })
const schema = identitySchema('identity.traits.schema.json')

/** The spec's `shouldSession(email)`: an identity with the e-mail and the website of the claims. */
async function expectIdentity(page: Page, kratos: ConformanceKratos, email: string) {
  const { identity } = await expectSession(page, kratos)
  expect(identity?.id).toBeTruthy()
  expect(identity?.traits.website).toBe(website)
  expect(identity?.traits.email).toBe(email)
  return identity
}

/** Where Ory's React app lands after signing up or in (the demo's home is `/`). */
const signedInPath = /^\/(welcome|sessions)?$/

/** The internet is out of reach here: example.org answers in the browser. */
async function answerExampleOrg(page: Page) {
  await page.route('https://www.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>example.org</h1>' }))
}


test.describe('oidc profile: social sign-up successes', () => {
  test.beforeEach(async ({ kratos }) => {
    await kratos.configure(schema)
  })

  test('signs up with incomplete data and is finally signed in', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, expectSession: false })

    // Kratos's registration form for the provider: the traits it lacks, no password.
    await expect(page.locator('input[name="password"]')).toHaveCount(0)
    await expect(page.locator('input[name="traits.email"]')).toHaveValue(email)
    await expectMessage(page, 4000002, 'Property website is missing')

    await page.locator('input[name="traits.consent"][type="checkbox"]').check()
    await page.locator('input[name="traits.newsletter"][type="checkbox"]').check()
    await page.locator('input[name="traits.website"]').fill('http://s')

    const provider = page.locator('[name="provider"]')
    await expect(provider).toHaveCount(1)
    await expect(provider).toHaveAttribute('value', 'hydra')
    await expect(provider).toContainText('Continue')
    await provider.click()

    await expect(page.locator('input[name="password"]')).toHaveCount(0)
    await expectMessage(page, 4000003, 'length must be >= 10')
    await expect(page.locator('input[name="traits.email"]')).toHaveValue(email)
    await expect(page.locator('input[name="traits.website"]')).toHaveValue('http://s')
    await page.locator('input[name="traits.website"]').fill(website)

    await expect(page.locator('input[name="traits.consent"]')).toBeChecked()
    await expect(page.locator('input[name="traits.newsletter"]')).toBeChecked()

    await triggerOidc(page)

    await expect.poll(() => new URL(page.url()).pathname).toMatch(signedInPath)
    const identity = await expectIdentity(page, kratos, email)
    expect(identity?.traits.consent).toBe(true)
  })

  test('passes transient_payload to the webhook', async ({ page, kratos }) => {
    test.slow() // two Kratos restarts (the hook on, then off again)
    // (The hook's config replaces the spec's identity schema for this case: the profile's also
    // requires the e-mail and the website the consent gives.)
    await expectTransientPayloadInHook(page, kratos, { flow: 'registration', method: 'oidc' }, async () => {
      const email = gen.email()
      await signUpWithProvider(page, kratos, { email, website })
      await expectIdentity(page, kratos, email)
    })
  })

  test('signs up with complete data', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await expectIdentity(page, kratos, email)
  })

  test('turns a sign-up into a sign-in', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await logout(page, kratos)
    await page.goto('/registration')
    // The provider remembers the sign-in and the consent: it answers at once.
    await triggerOidc(page)
    await expect.poll(() => new URL(page.url()).pathname).toMatch(signedInPath)
    await expectIdentity(page, kratos, email)
  })

  test('turns a sign-in into a sign-up', async ({ page, kratos }) => {
    await kratos.configure(identitySchema('identity-required.traits.schema.json'))
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
    await expectIdentity(page, kratos, email)
  })

  test('signs up and is sent to return_to', async ({ page, kratos }) => {
    await answerExampleOrg(page)
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website, route: '/registration?return_to=https://www.example.org/' })
    await expect(page).toHaveURL('https://www.example.org/')
    await logout(page, kratos)
  })

  test('registers with upstream parameters', async ({ page }) => {
    await answerExampleOrg(page)
    const email = gen.email()
    await page.goto('/registration?return_to=https://www.example.org/')
    await addHiddenInput(page, 'upstream_parameters.login_hint', email)
    // Hydra's authorization endpoint is /oauth2/auth; oidc-provider's is /auth.
    const authorization = page.waitForRequest((request) => request.method() === 'GET' && request.url().startsWith(`${OIDC_ISSUER}auth?`))
    await triggerOidc(page)
    expect((await authorization).url()).toContain(`login_hint=${encodeURIComponent(email)}`)
  })

  test('a sign-up with a taken identifier returns a sign-in flow that says so', async ({ page, kratos }) => {
    await page.goto('/registration')
    const email = gen.email()
    const password = gen.password()
    await fill(page, 'password', { 'traits.email': email, password, 'traits.website': website, 'traits.consent': true, 'traits.newsletter': true })
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/registration/)
    await expectIdentity(page, kratos, email)

    await logout(page, kratos)
    await expectNoSession(page, kratos)

    await signUpWithProvider(page, kratos, { email, website, expectSession: false })
    await expectMessage(page, 1010016)
    await expect(page).toHaveURL(/\/login/)
    await expect(page.locator('[name="provider"][value="google"]')).toBeVisible()
    await expect(page.locator('[name="provider"][value="github"]')).toBeVisible()

    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expectSession(page, kratos)
  })
})
