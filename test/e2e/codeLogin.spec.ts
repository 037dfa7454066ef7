import { expect, test } from '@playwright/test'
import { register, sendLoginCode, signOut } from './flows'
import { codeFor } from './mailbox'

test('passwordless sign-in with a one-time code sent by e-mail', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  const form = await sendLoginCode(page, email)
  await form.locator('input[name="code"]').fill((await codeFor(email, 'login')).code)
  await form.getByRole('button', { name: 'Continue' }).click()

  await page.waitForURL('http://localhost:5173/')
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByText('code (aal1)')).toBeVisible()
})
