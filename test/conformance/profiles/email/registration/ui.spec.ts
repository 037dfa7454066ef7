// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/registration/ui.spec.ts, react
// variant (profile `spa`): the registration page shows the identity schema's titles, links to login.
import { expect, test } from '../../../fixtures'
import { input, submit } from '../../../helpers/browser'

test.use({ profile: 'spa' })

test.describe('email profile: registration UI', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure())
  test.beforeEach(async ({ page }) => {
    await page.goto('/registration')
  })

  test('uses the JSON schema titles', async ({ page }) => {
    const form = page.getByTestId('form-password')
    await expect(form.getByLabel('Your E-Mail')).toHaveAttribute('name', 'traits.email')
    await expect(form.getByLabel('Your website')).toHaveAttribute('name', 'traits.website')
    await expect(input(page, 'traits.email', 'password')).toBeVisible()
    await expect(submit(page, 'password')).toContainText('Sign up')
  })

  test('clicks the log in link', async ({ page }) => {
    await page.locator('main a[href*="login"]').first().click()
    await expect(page).toHaveURL(/\/login/)
  })
})
