// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/login/error.spec.ts, react
// variant (profile `spa`): signing in through the provider fails, and Kratos says why.
import { test } from '../../../oidc/fixtures'
import { expectMessage, gen } from '../../../helpers/browser'
import { expectConsentRejected, expectNoIdToken, expectSignInRejected } from '../../../helpers/oidcRefusals'
import { providerConsent, providerLogin, triggerOidc } from '../../../helpers/oidc'
import { expectNoSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

test.describe('oidc profile: social sign-in errors', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await page.goto('/login')
  })

  test('fails when the sign-in is rejected at the provider', async ({ page, kratos }) => {
    await expectSignInRejected(page, kratos, '/login')
  })

  test('fails when the consent is rejected at the provider', async ({ page, kratos }) => {
    await expectConsentRejected(page, kratos, '/login')
  })

  test('fails when the ID token is missing (openid not granted)', async ({ page }) => {
    await expectNoIdToken(page, '/login')
  })

  test('does not turn a sign-in into a sign-up when registration is disabled', async ({ page, kratos }) => {
    // Ory's cy.disableRegistration().
    await kratos.configure({ selfservice: { flows: { registration: { enabled: false } } } })
    await page.goto('/login')
    await triggerOidc(page)
    await providerLogin(page, { email: gen.email() })
    await providerConsent(page, {})
    await expectMessage(page, 4000001, 'Registration is not allowed because it was disabled')
    await expectNoSession(page, kratos)
  })
})
