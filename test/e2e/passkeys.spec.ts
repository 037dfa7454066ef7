import { expect, test } from '@playwright/test'
import { addVirtualAuthenticator, withoutPasskeyAutofill, signOut, skipVerification, startRegistration } from './flows'

test('passkeys: register with a passkey (signed in at once), sign out, sign in with it', async ({ page }) => {
  const authenticator = await addVirtualAuthenticator(page)
  await withoutPasskeyAutofill(page)
  const email = await startRegistration(page)
  await page.getByTestId('form-passkey').getByRole('button', { name: 'Sign up with passkey' }).click()
  await skipVerification(page)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByText('passkey (aal1)')).toBeVisible()
  expect(await authenticator.credentials()).toHaveLength(1)

  await signOut(page)
  await page.goto('/login')
  await page.getByTestId('form-passkey').getByRole('button', { name: 'Sign in with passkey' }).click()
  await page.waitForURL('http://localhost:5173/')
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByText('passkey (aal1)')).toBeVisible()
})
