import { expect, test, type Page } from '@playwright/test'
import { KRATOS, register, signOut, submitPassword } from './flows'
import { restartKratos } from './kratosProcess'
import { webauthnOverlay } from '../../scripts/webauthnOverlay.mjs'

// Security keys as the second factor: Kratos's webauthn method with passwordless off (the way
// Kratos's own `mfa` profile runs it), the relying party the demo's origins.
const WEBAUTHN = webauthnOverlay(['http://localhost:5173', 'http://localhost:4173'])

test.beforeAll(async () => {
  await restartKratos(WEBAUTHN)
})

test.afterAll(async () => {
  await restartKratos()
})

/** Chromium's virtual authenticator (DevTools protocol): a USB security key, no user verification. */
async function addSecurityKey(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: false, hasUserVerification: false, automaticPresenceSimulation: true },
  })
  return { credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials }
}

test('security key: enrol it in Settings, sign out, sign in with the password, press the key, land at aal2', async ({ page }) => {
  const key = await addSecurityKey(page)
  const email = await register(page)

  await page.goto('/settings')
  const form = page.getByTestId('form-webauthn')
  await form.getByLabel('Name of the security key').fill('My blue key')
  const added = page.waitForResponse((r) => r.url().startsWith(`${KRATOS}/self-service/settings?flow=`) && r.request().method() === 'POST')
  await form.getByRole('button', { name: 'Add security key' }).click()
  expect((await added).status()).toBe(200)
  await expect(page.getByTestId('settings-saved')).toBeVisible()
  await expect(form.getByRole('button', { name: 'Remove security key "My blue key"' })).toBeVisible()
  expect(await key.credentials()).toHaveLength(1)

  await signOut(page)
  await page.goto('/login')
  await submitPassword(page, email)

  // The password was the first step: Kratos's aal2 step offers the key.
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  const signedIn = page.waitForResponse((r) => r.url().startsWith(`${KRATOS}/self-service/login?flow=`) && r.request().method() === 'POST')
  await page.getByTestId('form-webauthn').getByRole('button', { name: 'Sign in with hardware key' }).click()
  const answer = await signedIn
  expect(answer.status()).toBe(200)
  expect((await answer.json()).session.authenticator_assurance_level).toBe('aal2')

  await page.goto('/')
  await expect(page.getByTestId('session-email')).toHaveText(email)
  await expect(page.getByTestId('session-aal')).toHaveText('aal2')
  await expect(page.getByText('password (aal1), webauthn (aal2)')).toBeVisible()
})
