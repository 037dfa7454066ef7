// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/registration/success.spec.ts,
// react variant (profile `spa`): signing up through an OpenID provider (the slot's, ../../../oidc/,
// where Ory runs Hydra and its login and consent app).
import { expect, test } from '../../../oidc/fixtures'
import { expectMessage, fill, gen, input, submit } from '../../../helpers/browser'
import { logout } from '../../../helpers/logout'
import { signUpWithProvider } from '../../../helpers/oidc'
import {
  expectOidcIdentity,
  registerWithUpstreamParameters,
  signUpFromLogin,
  signUpPassesTransientPayload,
  signUpThenSignInFromRegistration,
  signUpToReturnTo,
  signUpWithCompleteData,
  signUpWithIncompleteData,
  website,
} from '../../../helpers/oidcSignUp'
import { expectNoSession, expectSession } from '../../../helpers/session'
import { identitySchemas } from '../../../helpers/identitySchema'

test.use({ profile: 'spa' })

/** Ory's `cy.setIdentitySchema(file)`: a new schema, made the default (the profile's stays known). */
const identitySchema = (file: string) => identitySchemas('oidc', { default: 'profiles/spa/identity.traits.schema.json', oidc: `profiles/oidc/${file}` })
const schema = identitySchema('identity.traits.schema.json')

test.describe('oidc profile: social sign-up successes', () => {
  test.beforeEach(async ({ kratos }) => {
    await kratos.configure(schema)
  })

  test('signs up with incomplete data and is finally signed in', async ({ page, kratos }) => {
    await signUpWithIncompleteData(page, kratos)
  })

  test('passes transient_payload to the webhook', async ({ page, kratos }) => {
    test.slow() // two Kratos restarts (the hook on, then the schema alone again)
    await signUpPassesTransientPayload(page, kratos, schema)
  })

  test('signs up with complete data', async ({ page, kratos }) => {
    await signUpWithCompleteData(page, kratos)
  })

  test('turns a sign-up into a sign-in', async ({ page, kratos }) => {
    await signUpThenSignInFromRegistration(page, kratos)
  })

  test('turns a sign-in into a sign-up', async ({ page, kratos }) => {
    await signUpFromLogin(page, kratos, identitySchema('identity-required.traits.schema.json'))
  })

  test('signs up and is sent to return_to', async ({ page, kratos }) => {
    await signUpToReturnTo(page, kratos)
  })

  test('registers with upstream parameters', async ({ page }) => {
    await registerWithUpstreamParameters(page)
  })

  test('a sign-up with a taken identifier returns a sign-in flow that says so', async ({ page, kratos }) => {
    await page.goto('/registration')
    const email = gen.email()
    const password = gen.password()
    await fill(page, 'password', { 'traits.email': email, password, 'traits.website': website, 'traits.consent': true, 'traits.newsletter': true })
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/registration/)
    await expectOidcIdentity(page, kratos, email)

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
