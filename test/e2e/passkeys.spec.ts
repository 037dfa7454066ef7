import { expect, test, type Page } from '@playwright/test'
import { signOut, skipVerification, uniqueEmail } from './flows'

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey with user verification. */
async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  })
  return { credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials }
}

test('passkeys: register with a passkey (signed in at once), sign out, sign in with it', async ({ page }) => {
  const authenticator = await addVirtualAuthenticator(page)
  const email = uniqueEmail()

  await page.goto('/registration')
  await page.fill('input[name="traits.email"]', email)
  await page.getByRole('button', { name: 'Sign up' }).click()
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
