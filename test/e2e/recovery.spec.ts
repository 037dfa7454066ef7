import { expect, test } from '@playwright/test'
import { register, signOut, submitPassword } from './flows'
import { codeFor } from './mailbox'

const NEW_PASSWORD = 'a-New-l0ng-passw0rd-for-kratos'

test('forgot password: recovery by e-mail code signs you in, Settings takes a new password, and it is the one that works', async ({ page }) => {
  const email = await register(page)
  await signOut(page)

  await page.goto('/login')
  await page.getByRole('link', { name: 'Forgot password?' }).click()
  await expect(page.getByTestId('flow-title')).toHaveText('Recover your account')
  const form = page.getByTestId('form-code')
  await form.locator('input[name="email"]').fill(email)
  await form.getByRole('button', { name: 'Continue' }).click()
  await expect(form.locator('input[name="code"]')).toBeVisible()
  await form.locator('input[name="code"]').fill((await codeFor(email, 'recovery')).code)
  await form.getByRole('button', { name: 'Continue' }).click()

  // The code signed the person in; the hook went to the settings flow Kratos made, in the app.
  await page.waitForURL(/\/settings\?flow=/)
  await expect(page.getByTestId('message-1060001')).toContainText('You successfully recovered your account')
  await page.getByTestId('form-password').locator('input[name="password"]').fill(NEW_PASSWORD)
  await page.getByTestId('form-password').getByRole('button', { name: 'Save' }).click()
  await expect(page.getByTestId('settings-saved')).toBeVisible()
  await page.getByRole('link', { name: 'Home' }).click()
  await expect(page.getByTestId('session-email')).toHaveText(email)

  await signOut(page)
  await page.goto('/login')
  await submitPassword(page, email, NEW_PASSWORD)
  await expect(page.getByTestId('session-email')).toHaveText(email)
})
