// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/settings/ui.spec.ts, react
// variant (profile `spa`): the settings page shows the identity schema's titles.
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, signIn, submit } from '../../../helpers/browser'
import { expectSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

const identity = { email: gen.email(), password: gen.password() }

test.describe('email profile: settings UI', () => {
  test.beforeAll(async ({ kratos }) => {
    await kratos.configure()
    await registerApi(kratos, { ...identity, traits: { website: 'https://www.ory.sh/' } })
  })
  test.beforeEach(async ({ page, kratos }) => {
    await signIn(page, { identifier: identity.email, password: identity.password })
    await expectSession(page, kratos, { email: identity.email })
    await page.goto('/')
  })

  test('uses the JSON schema titles', async ({ page }) => {
    await page.locator('a[href*="settings"]').first().click()
    const profile = page.getByTestId('form-profile')
    await expect(profile.getByLabel('Your E-Mail')).toHaveAttribute('name', 'traits.email')
    await expect(profile.getByLabel('Your website')).toHaveAttribute('name', 'traits.website')
    await expect(page.getByTestId('form-password').getByLabel('Password', { exact: true })).toHaveAttribute('name', 'password')
    await expect(submit(page, 'profile')).toContainText('Save')
    await expect(submit(page, 'password')).toContainText('Save')
  })

  test('clicks the settings link', async ({ page }) => {
    await page.locator('a[href*="settings"]').first().click()
    await expect(page).toHaveURL(/\/settings/)
  })
})
