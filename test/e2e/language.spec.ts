import { expect, test } from '@playwright/test'
import { uniqueEmail } from './flows'

// The demo's language switch: Kratos's labels, buttons and messages in German through the flows
// renderer's `locale` (ory-session-react/locales/de, its own chunk), the choice kept across reloads.

test('Deutsch: German labels, buttons and the wrong-password message; still German after a reload; English again on the way back', async ({ page }) => {
  // English visitors never download the German locale.
  const localeRequests: string[] = []
  page.on('request', (request) => {
    if (request.url().includes('/src/locales/de')) localeRequests.push(request.url())
  })
  await page.goto('/login')
  const password = page.getByTestId('form-password')
  await expect(password.getByRole('button', { name: 'Sign in with password' })).toBeVisible()
  await page.waitForLoadState('networkidle')
  expect(localeRequests).toEqual([])

  await page.getByLabel('Language').selectOption('Deutsch')
  await expect(password.getByRole('button', { name: 'Mit Passwort anmelden' })).toBeVisible()
  await expect(password.getByLabel('Passwort')).toBeVisible()
  await expect(page.getByTestId('form-passkey').getByRole('button', { name: 'Mit Passkey anmelden' })).toBeVisible()
  await expect(password).toHaveAttribute('lang', 'de')
  expect(localeRequests).toHaveLength(1)

  await password.getByLabel('E-Mail').fill(uniqueEmail())
  await password.getByLabel('Passwort').fill('wrong-password')
  await password.getByRole('button', { name: 'Mit Passwort anmelden' }).click()
  await expect(page.getByTestId('message-4000006')).toHaveText(/^Die Anmeldedaten sind ungültig\./)

  // The same flow after a reload (?flow= in the URL): still German, the message too.
  await page.reload()
  await expect(page.getByTestId('message-4000006')).toHaveText(/^Die Anmeldedaten sind ungültig\./)
  await expect(password.getByRole('button', { name: 'Mit Passwort anmelden' })).toBeVisible()
  await expect(page.getByLabel('Language')).toHaveValue('de')

  await page.getByLabel('Language').selectOption('English')
  await expect(page.getByTestId('message-4000006')).toHaveText(/^The provided credentials are invalid/)
  await expect(password.getByRole('button', { name: 'Sign in with password' })).toBeVisible()
  await page.reload()
  await expect(password.getByRole('button', { name: 'Sign in with password' })).toBeVisible()
  await expect(page.getByLabel('Language')).toHaveValue('en')
})

test('Deutsch: a field error (a too-short password at registration) in German, as the password box\'s description', async ({ page }) => {
  await page.goto('/registration')
  await page.getByLabel('Language').selectOption('Deutsch')
  await page.getByLabel('E-Mail').fill(uniqueEmail())
  await page.getByRole('button', { name: 'Registrieren' }).click()
  const box = page.getByTestId('form-password').getByLabel('Passwort')
  await box.fill('abc')
  await page.getByTestId('form-password').getByRole('button', { name: 'Registrieren' }).click()
  await expect(box).toHaveAttribute('aria-invalid', 'true')
  await expect(box).toHaveAccessibleDescription(/mindestens 8 Zeichen/)
})
