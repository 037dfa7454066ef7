// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/login/errors.spec.ts (profile
// `mobile`): sign-in errors on the mobile test app (token mode, Kratos's API login flow).
import { expect, test } from '../../../fixtures'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { field, noBrowserValidation, openScreen } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

test.describe('mobile profile: login errors', () => {
  // `kratos`: the worker starts the profile's Kratos for the first case that asks for it.
  test.beforeEach(async ({ page, kratos: _ }) => {
    await openScreen(page, 'Login')
    await input(page, 'identifier').waitFor()
    await noBrowserValidation(page)
  })

  test('shows an error when the identifier is missing', async ({ page }) => {
    await input(page, 'password').fill(gen.password())
    await submit(page, 'password').click()
    await expectMessage(page, 4000002, 'Property identifier is missing.')
    await expect(field(page, 'identifier')).toContainText('Property identifier is missing.')
    await expect(field(page, 'password')).not.toContainText('Property password is missing.')
  })

  test('shows an error when the password is missing', async ({ page }) => {
    const email = gen.email()
    await input(page, 'identifier').fill(email)
    await expect(input(page, 'identifier')).toHaveValue(email)
    await submit(page, 'password').click()
    await expectMessage(page, 4000002, 'Property password is missing.')
    await expect(field(page, 'password')).toContainText('Property password is missing.')
  })

  test('fails to sign in', async ({ page }) => {
    await input(page, 'identifier').fill(gen.email())
    await input(page, 'password').fill(gen.password())
    await submit(page, 'password').click()
    await expectMessage(page, 4000006, /credentials are invalid/)
    await expect(page.getByTestId('session-token')).toHaveCount(0)
  })
})
