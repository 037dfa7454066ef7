import { expect, test } from '@playwright/test'
import { addVirtualAuthenticator, signOut, skipVerification, startRegistration } from './flows'

test('passkeys: register with a passkey (signed in at once), sign out, sign in with it', async ({ page }) => {
  const authenticator = await addVirtualAuthenticator(page)
  const email = await startRegistration(page)
  await page.getByTestId('form-passkey').getByRole('button', { name: 'Sign up with passkey' }).click()
  await skipVerification(page)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByText('passkey (aal1)')).toBeVisible()
  expect(await authenticator.credentials()).toHaveLength(1)

  await signOut(page)
  // The login page's passkey autofill would sign in by itself with a key that answers by itself.
  await authenticator.setPresence(false)
  await page.goto('/login')
  await expect(page.getByTestId('form-passkey')).toBeVisible()
  await authenticator.setPresence(true)
  await page.getByTestId('form-passkey').getByRole('button', { name: 'Sign in with passkey' }).click()
  await page.waitForURL('http://localhost:5173/')
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByText('passkey (aal1)')).toBeVisible()
})
