import { expect, test } from '@playwright/test'
import { enrolTotp, KRATOS, openErrorPage, register, signOut, submitPassword } from './flows'

test('a registered person without a second factor on an aal2 login: "set up a second factor", not an empty form', async ({ page }) => {
  await register(page)
  // What every aal2 guard does: Kratos's aal2 login init, which lands on the demo's login page.
  await page.goto(`${KRATOS}/self-service/login/browser?aal=aal2`)
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('second-factor-missing')).toBeVisible()
  await page.getByTestId('second-factor-missing').getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByTestId('flow-title')).toHaveText('Settings')
  await expect(page.getByTestId('form-totp')).toBeVisible()
})

test('signed in at aal1 with TOTP pending: the second-factor page offers no registration, Home links to it, sign-out everywhere', async ({ page }) => {
  const email = await register(page)
  await enrolTotp(page)
  await expect(page.getByText(/your changes have been saved/i)).toHaveCount(1) // shown once (the old demo showed its own line and Kratos's)
  await signOut(page)

  await page.goto('/login')
  await submitPassword(page, email)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await expect(page.getByRole('link', { name: 'Create an account' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Forgot password?' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Home' }).click()
  await expect(page.getByTestId('session-status')).toHaveText('aal2_required')
  await expect(page.getByTestId('aal2-required')).toBeVisible()
  await page.getByRole('link', { name: 'Continue with your second factor' }).click()
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await expect(page.getByTestId('form-totp')).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByTestId('session-status')).toHaveText('unauthenticated')
})

test('the error page: Kratos\'s message and reason as two sentences', async ({ page }) => {
  // A browser form POST with a wrong CSRF token lands on the error UI (303 → /error?id=).
  expect(await openErrorPage(page)).toBeTruthy()
  await expect(page.getByTestId('error-message')).toHaveText(/\.$/)
  await expect(page.getByTestId('error-reason')).toHaveText(/\.$/)
})
