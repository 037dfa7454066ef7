// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/settings/error.spec.ts, react
// variant (profile `spa`): linking a second provider fails when the provider sends no ID token.
import { test } from '../../../oidc/fixtures'
import { expectMessage, gen } from '../../../helpers/browser'
import { providerConsent, signUpWithProvider } from '../../../helpers/oidc'

test.use({ profile: 'spa' })

test.describe('oidc profile: social sign-in settings errors', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await signUpWithProvider(page, kratos, { email: gen.email(), website: 'https://www.ory.sh/' })
    await page.goto('/settings')
  })

  test('fails to link google because the ID token is missing', async ({ page }) => {
    await page.locator('button[value="google"]').click()
    // The provider remembers the sign-in: its consent for google comes at once; nothing ticked.
    await providerConsent(page, { scopes: [] })
    await expectMessage(page, 4000001, 'Authentication failed because no id_token was returned. Please accept the "openid" permission and try again.')
  })
})
