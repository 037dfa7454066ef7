// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/two-steps/registration/oidc.spec.ts,
// react variant (profile `two-steps`: registration in two steps): signing up through an OpenID
// provider (the slot's, ../../../oidc/, where Ory runs Hydra and its login and consent app), with
// the oidc profile's identity schema made the default (Ory's beforeEach `cy.setIdentitySchema`).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../oidc/fixtures'
import { OIDC_ISSUER } from '../../../oidc/clients'
import { expectMessage, gen } from '../../../helpers/browser'
import { identitySchemas } from '../../../helpers/identitySchema'
import { logout } from '../../../helpers/logout'
import { addHiddenInput, answerExampleOrg, providerConsent, providerLogin, signUpWithProvider, triggerOidc } from '../../../helpers/oidc'
import { expectSession } from '../../../helpers/session'
import { addTransientPayload, startWebhookTarget } from '../../../helpers/webhook'

test.use({ profile: 'two-steps' })

const website = 'https://www.ory.sh/'
const PROFILE_SCHEMA = 'profiles/two-steps/identity.traits.schema.json'
/** Ory's `cy.setIdentitySchema(file)`: `file` (of the oidc profile) added and made the default. */
const schema = (file: string) => identitySchemas('oidc', { default: PROFILE_SCHEMA, oidc: `profiles/oidc/${file}` })
const oidcSchema = schema('identity.traits.schema.json')

/** The spec's `shouldSession(email)`: an identity with the e-mail and the website of the claims. */
async function expectIdentity(page: Page, kratos: ConformanceKratos, email: string) {
  const { identity } = await expectSession(page, kratos)
  expect(identity?.id).toBeTruthy()
  expect(identity?.traits.website).toBe(website)
  expect(identity?.traits.email).toBe(email)
  return identity
}

/** Where Ory's apps land after signing up or in: /welcome, / or /sessions (the demo's home is `/`). */
const signedInPath = /^\/(welcome|sessions)?$/

test.describe('two-steps profile: social sign-up successes', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(oidcSchema))

  test('should be able to sign up with incomplete data and finally be signed in', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, expectSession: false })

    // Kratos's registration form for the provider: the traits it lacks, no password.
    await expect(page.locator('#registration-password, input[name="password"]')).toHaveCount(0)
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

    await expect(page.locator('#registration-password, input[name="password"]')).toHaveCount(0)
    await expect(page.locator('input[name="traits.email"]')).toHaveValue(email)
    await expect(page.locator('input[name="traits.website"]')).toHaveValue('http://s')
    await expectMessage(page, 4000003, 'length must be >= 10')
    await page.locator('input[name="traits.website"]').fill(website)

    await expect(page.locator('input[name="traits.consent"]')).toBeChecked()
    await expect(page.locator('input[name="traits.newsletter"]')).toBeChecked()

    await triggerOidc(page)

    await expect.poll(() => new URL(page.url()).pathname).toMatch(signedInPath)
    const identity = await expectIdentity(page, kratos, email)
    expect(identity?.traits.consent).toBe(true)
  })

  test('should pass transient_payload to webhook', async ({ page, kratos }) => {
    test.slow() // a Kratos restart for the hook
    const target = await startWebhookTarget()
    try {
      const key = gen.password()
      const hook = { hook: 'web_hook', config: { body: `base64://${Buffer.from('function(ctx) ctx').toString('base64')}`, url: target.url(key), method: 'PUT' } }
      // Ory's setupHooks keeps the beforeEach's schema: both overlays.
      await kratos.configure(oidcSchema, { selfservice: { flows: { registration: { after: { oidc: { hooks: [hook, { hook: 'session' }] } } } } } })
      const transient_payload = { stuff: { blub: [42, 3.14152], fu: 'bar' }, consent: true }
      await addTransientPayload(page, kratos.publicUrl, transient_payload)
      const email = gen.email()
      await signUpWithProvider(page, kratos, { email, website })
      await expectIdentity(page, kratos, email)
      const document = target.document(key) as { identity?: unknown; flow?: { transient_payload?: unknown } } | undefined
      expect(document?.identity).toBeDefined()
      expect(document?.flow?.transient_payload).toEqual(transient_payload)
    } finally {
      await target.close()
    }
  })

  test('should be able to sign up with complete data', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await expectIdentity(page, kratos, email)
  })

  test('should be able to convert a sign up flow to a sign in flow', async ({ page, kratos }) => {
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website })
    await logout(page, kratos)
    await page.goto('/registration')
    // The provider remembers the sign-in and the consent: it answers at once.
    await triggerOidc(page)
    await expect.poll(() => new URL(page.url()).pathname).toMatch(signedInPath)
    await expectIdentity(page, kratos, email)
  })

  test('should be able to convert a sign in flow to a sign up flow', async ({ page, kratos }) => {
    await kratos.configure(identitySchemas('required', { default: PROFILE_SCHEMA, oidc: 'profiles/oidc/identity.traits.schema.json', required: 'profiles/oidc/identity-required.traits.schema.json' }))
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

  test('should be able to sign up with redirects', async ({ page, kratos }) => {
    await answerExampleOrg(page)
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website, route: '/registration?return_to=https://www.example.org/' })
    await expect(page).toHaveURL('https://www.example.org/')
    await logout(page, kratos)
  })

  test('should be able to register with upstream parameters', async ({ page }) => {
    await answerExampleOrg(page)
    const email = gen.email()
    await page.goto('/registration?return_to=https://www.example.org/')
    await addHiddenInput(page, 'upstream_parameters.login_hint', email)
    // Hydra's authorization endpoint is /oauth2/auth; the slot's provider's is /auth.
    const authorization = page.waitForRequest((request) => request.method() === 'GET' && request.url().startsWith(`${OIDC_ISSUER}auth?`))
    await triggerOidc(page)
    expect((await authorization).url()).toContain(`login_hint=${encodeURIComponent(email)}`)
  })
})
