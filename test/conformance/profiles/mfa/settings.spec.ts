// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mfa/settings.spec.ts, react variant
// (profile `spa`): the settings page offers every second factor.
import { expect, test } from '../../fixtures'
import { registerApi } from '../../helpers/api'
import { gen, input, signIn } from '../../helpers/browser'
import { expectSession } from '../../helpers/session'

test.use({ profile: 'spa' })

const email = gen.email()
const password = gen.password()
const website = 'https://www.example.org/'

test.describe('mfa: settings', () => {
  test.beforeAll(async ({ kratos }) => {
    await kratos.configure({ selfservice: { methods: { code: { mfa_enabled: false } } } })
    await registerApi(kratos, { email, password, traits: { website } })
  })
  test.beforeEach(async ({ page, kratos }) => {
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await page.goto('/settings')
  })

  test('shows all settings forms', async ({ page }) => {
    // Ory's headings ("Profile Settings", "Change Password", …) are its app's; the demo's name the same forms.
    for (const name of ['Profile', 'Password', 'Backup codes', 'Authenticator app (TOTP)', 'Security key']) await expect(page.getByRole('heading', { name })).toBeVisible()
    await expect(input(page, 'traits.email', 'profile')).toHaveValue(email)
    await expect(input(page, 'traits.website', 'profile')).toHaveValue(website)
    await expect(page.getByTestId('form-totp')).toContainText('This is your authenticator app secret')
    await expect(page.getByRole('button', { name: 'Generate new backup recovery codes' })).toBeVisible()
    await expect(page.getByRole('button', { name: 'Add security key' })).toBeVisible()
  })
})
