// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/error/ui.spec.ts, react variant
// (profile `spa`): the error page shows Kratos's error (the `stub:500` error Kratos serves for tests).
import { expect, test } from '../../../fixtures'

test.use({ profile: 'spa' })

test.describe('email profile: error UI', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure())

  test('shows the error', async ({ page }) => {
    await page.goto('/error?id=stub:500')
    await expect(page.locator('main')).toContainText('This is a stub error.')
  })
})
