// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/registration/error.spec.ts, react
// variant (profile `spa`): signing up through the provider fails, and Kratos says why.
import { test } from '../../../oidc/fixtures'
import { expectConsentRejected, expectNoIdToken, expectSignInRejected } from '../../../helpers/oidcRefusals'

test.use({ profile: 'spa' })

test.describe('oidc profile: social sign-up errors', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await page.goto('/registration')
  })

  test('fails when the sign-in is rejected at the provider', async ({ page, kratos }) => {
    await expectSignInRejected(page, kratos, '/registration')
  })

  test('fails when the consent is rejected at the provider', async ({ page, kratos }) => {
    await expectConsentRejected(page, kratos, '/registration')
  })

  test('fails when the ID token is missing (openid not granted)', async ({ page }) => {
    await expectNoIdToken(page, '/registration')
  })
})
