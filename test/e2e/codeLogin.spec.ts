import { expect, test } from '@playwright/test'
import { register, signOut } from './flows'
import { codeFor } from './mailbox'

test('passwordless sign-in with a one-time code sent by e-mail', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  await page.goto('/login')
  const form = page.getByTestId('form-code')
  await form.locator('input[name="identifier"]').fill(email)
  await form.getByRole('button', { name: 'Send sign in code' }).click()
  // Kratos answers 400 with the next step: the same flow, now asking for the code.
  await expect(form.locator('input[name="code"]')).toBeVisible()
  await form.locator('input[name="code"]').fill((await codeFor(email, 'login')).code)
  await form.getByRole('button', { name: 'Continue' }).click()

  await page.waitForURL('http://localhost:5173/')
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByText('code (aal1)')).toBeVisible()
})
