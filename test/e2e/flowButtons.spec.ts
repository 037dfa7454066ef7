import { expect, test } from '@playwright/test'
import { PASSWORD, register, sendRecoveryCode, signOut, skipVerification, startRegistration, uniqueEmail } from './flows'
import { codeFor } from './mailbox'

// The renderer's buttons besides a method's own submit, in Chromium (which, unlike jsdom, honours
// required fields and formnovalidate) against the real Kratos.

test('"Resend code" sends a new recovery code, with the code box empty or with a wrong code in it, and the new code works', async ({ page }) => {
  const email = await register(page)
  await signOut(page)

  const form = await sendRecoveryCode(page, email)
  const first = await codeFor(email, 'recovery')

  // The code box is required: the browser must still let "Resend code" through while it is empty.
  await form.getByRole('button', { name: 'Resend code' }).click()
  const second = await codeFor(email, 'recovery', [first.id])

  // A wrong code in the box, then "Resend code": a new code, not "the code is invalid".
  await form.locator('input[name="code"]').fill('000000')
  await form.getByRole('button', { name: 'Resend code' }).click()
  const third = await codeFor(email, 'recovery', [first.id, second.id])
  // No error, of the flow (the demo's .message-error) or of the code box (the SDK's data-type="error").
  await expect(page.locator('.message-error, [data-type="error"]')).toHaveCount(0)

  await form.locator('input[name="code"]').fill(third.code)
  await form.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(/\/settings\?flow=/)
})

test('two-step registration: "Back" returns to the e-mail step, and the corrected address is the one registered', async ({ page }) => {
  const typo = uniqueEmail().replace('@', '-typo@')
  const email = uniqueEmail()
  await startRegistration(page, typo)

  await page.getByRole('button', { name: 'Back' }).click()
  const address = page.locator('input[name="traits.email"]:not([type="hidden"])')
  await expect(address).toHaveValue(typo)
  await expect(page.getByTestId('form-password')).toHaveCount(0)

  await address.fill(email)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.getByTestId('form-password').locator('input[name="password"]').fill(PASSWORD)
  await page.getByTestId('form-password').getByRole('button', { name: 'Sign up' }).click()
  await skipVerification(page)
  await expect(page.getByTestId('session-email')).toHaveText(email)
})
