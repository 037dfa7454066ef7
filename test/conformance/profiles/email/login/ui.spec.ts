// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/login/ui.spec.ts, react variant
// (profile `spa`): the login page shows the identity schema's titles and links to registration.
import { expect, test } from '../../../fixtures'
import { input, submit } from '../../../helpers/browser'

test.use({ profile: 'spa' })

test.describe('email profile: login UI', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure())
  test.beforeEach(async ({ page }) => {
    await page.goto('/login')
  })

  test('uses the JSON schema titles', async ({ page }) => {
    await expect(page.getByTestId('form-password').getByLabel('Your E-Mail')).toHaveAttribute('name', 'identifier')
    await expect(page.getByTestId('form-password').getByLabel('Password', { exact: true })).toHaveAttribute('name', 'password')
    await expect(input(page, 'identifier', 'password')).toBeVisible()
    await expect(submit(page, 'password')).toContainText('Sign in')
  })

  test('clicks the registration link', async ({ page }) => {
    await page.locator('a[href*="registration"]').first().click()
    await expect(page).toHaveURL(/\/registration/)
  })
})
