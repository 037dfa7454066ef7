import { expect, test } from '@playwright/test'
import { enrolTotp, freshTotpCode, KRATOS, register, signOut, submitPassword } from './flows'

test('TOTP: whoami answers 403 aal2 after a password login, the guard sends you to the aal2 step and back', async ({ page }) => {
  const email = await register(page)
  const secret = await enrolTotp(page)
  const used = new Set<string>()
  await signOut(page)

  // Sign in with the password only, asking for the MFA page.
  await page.goto('/mfa')
  await page.waitForURL(/\/login\?flow=/)
  const aal2Answer = page.waitForResponse((response) => response.url() === `${KRATOS}/sessions/whoami` && response.status() === 403)
  await submitPassword(page, email)
  const forbidden = await aal2Answer
  expect((await forbidden.json()).error.id).toBe('session_aal2_required')

  // The guard sent the browser to the second-factor step, with return_to.
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await page.getByTestId('form-totp').locator('input[name="totp_code"]').fill(await freshTotpCode(secret, used))
  await page.getByTestId('form-totp').getByRole('button').last().click()

  await page.waitForURL('http://localhost:5173/mfa')
  await expect(page.getByTestId('page-mfa')).toBeVisible()
  await expect(page.getByTestId('session-aal')).toHaveText('aal2')
})
