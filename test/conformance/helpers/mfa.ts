import { expect, type Page } from '@playwright/test'
import { totpCode } from '../../e2e/totp'
import { expectMessage, input, settingsSaved, submit } from './browser'

/** The TOTP secret the settings page shows (Ory's `node/text/totp_secret_key/text`). */
export async function totpSecret(page: Page): Promise<string> {
  return (await page.getByTestId('node-totp_secret_key').innerText()).trim()
}

/** Types the current code of `secret` into the TOTP form and sends it. */
export async function sendTotp(page: Page, secret: string): Promise<void> {
  await input(page, 'totp_code', 'totp').fill(totpCode(secret))
  await submit(page, 'totp').click()
}

/** Links an authenticator app on the settings page; returns its secret. */
export async function linkTotp(page: Page): Promise<string> {
  const secret = await totpSecret(page)
  await sendTotp(page, secret)
  await expect(settingsSaved(page)).toBeVisible()
  return secret
}

/** The backup codes on the settings page (Ory's `cy.getLookupSecrets`). */
export async function lookupSecrets(page: Page): Promise<string[]> {
  const items = page.getByTestId('node-lookup_secret_codes').locator('li')
  await expect(items.first()).toBeVisible()
  return (await items.allInnerTexts()).map((text) => text.trim())
}

/** Ory's cy.shouldShow2FAScreen: the login page asks for the second factor. */
export async function expectSecondFactorScreen(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/login/)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await expectMessage(page, 1010004, 'Please complete the second authentication challenge.')
}
