// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/registration/errors.spec.ts
// (profile `mobile`, one-step registration): validation errors on the mobile test app's sign-up
// screen (token mode, Kratos's API registration flow). "The password has leaked before" asks a
// stand-in for api.pwnedpasswords.com on this machine (helpers/pwnedPasswords.ts).
import type { Page } from '@playwright/test'
import { expect, test } from '../../../fixtures'
import { gen, input, submit } from '../../../helpers/browser'
import { field, noBrowserValidation, openScreen } from '../../../helpers/mobile'
import { startPwnedPasswords } from '../../../helpers/pwnedPasswords'

test.use({ profile: 'mobile' })

const website = 'https://www.ory.sh/'

/** Sends the sign-up form with these fields (Kratos, not the browser, judges them). */
async function send(page: Page, fields: Record<string, string>) {
  for (const [name, value] of Object.entries(fields)) await input(page, name).fill(value)
  await submit(page, 'password').click()
}

test.describe('mobile profile: registration errors', () => {
  const email = gen.email()
  const password = gen.password()

  // `kratos`: the worker starts the profile's Kratos for the first case that asks for it.
  test.beforeEach(async ({ page, kratos: _ }) => {
    await openScreen(page, 'Registration')
    await input(page, 'traits.email').waitFor()
    await noBrowserValidation(page)
  })

  test('shows an error when the password has leaked before', async ({ page, kratos }) => {
    // Kratos's default policy (max_breaches 0) refuses any password the range API lists.
    const pwned = await startPwnedPasswords({ '12345678': 3 })
    try {
      await kratos.configure(pwned.overlay)
      await openScreen(page, 'Registration')
      await input(page, 'traits.email').waitFor()
      await noBrowserValidation(page)
      await send(page, { 'traits.email': email, password: '12345678', 'traits.website': website })
      await expect(field(page, 'password')).toContainText('data breaches')
      expect(pwned.asked).toContain('7C222') // SHA-1 of 12345678 begins 7C222FB2…
    } finally {
      await pwned.close()
      await kratos.configure()
    }
  })

  test('shows an error when the password is too similar', async ({ page }) => {
    await send(page, { 'traits.email': email, password: email, 'traits.website': website })
    await expect(field(page, 'password')).toContainText('too similar')
    await expect(page.getByTestId('session-token')).toHaveCount(0)
  })

  test('shows an error when the password is empty', async ({ page }) => {
    await send(page, { 'traits.website': website, 'traits.email': email })
    await expect(field(page, 'password')).toContainText('Property password is missing')
  })

  test('shows an error when the email is empty', async ({ page }) => {
    await send(page, { 'traits.website': 'https://www.ory.sh', password })
    await expect(field(page, 'traits.email')).toContainText('Property email is missing')
  })

  test('shows an error when the email is not an email', async ({ page }) => {
    await send(page, { 'traits.website': 'https://www.ory.sh', 'traits.email': 'not-an-email', password })
    await expect(field(page, 'traits.email')).toContainText('valid "email"')
  })

  test('shows a missing indicator if no fields are set', async ({ page }) => {
    await send(page, {})
    await expect(field(page, 'password')).toContainText('Property password is missing')
  })

  test('shows an error when the website is too short', async ({ page }) => {
    await send(page, { 'traits.website': 'http://s', 'traits.email': email })
    await expect(field(page, 'traits.website')).toContainText('length must be >= 10')
  })
})
