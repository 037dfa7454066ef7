import { expect, test } from '@playwright/test'
import { register, signOut } from './flows'
import { codeFor } from './mailbox'

test('"Resend code" sends a new recovery code, with the code box empty or with a wrong code in it, and the new code works', async ({ page }) => {
  const email = await register(page)
  await signOut(page)

  await page.goto('/recovery')
  const form = page.getByTestId('form-code')
  await form.locator('input[name="email"]').fill(email)
  await form.getByRole('button', { name: 'Continue' }).click()
  await expect(form.locator('input[name="code"]')).toBeVisible()
  const first = await codeFor(email, 'recovery')

  // The code box is required: the browser must still let "Resend code" through while it is empty.
  await form.getByRole('button', { name: 'Resend code' }).click()
  const second = await codeFor(email, 'recovery', [first.id])

  // A wrong code in the box, then "Resend code": a new code, not "the code is invalid".
  await form.locator('input[name="code"]').fill('000000')
  await form.getByRole('button', { name: 'Resend code' }).click()
  const third = await codeFor(email, 'recovery', [first.id, second.id])
  await expect(page.getByRole('alert')).toHaveCount(0)

  await form.locator('input[name="code"]').fill(third.code)
  await form.getByRole('button', { name: 'Continue' }).click()
  await page.waitForURL(/\/settings\?flow=/)
})
