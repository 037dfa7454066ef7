import { expect, test, type Page } from '@playwright/test'
import { KRATOS, register, signOut, submitPassword } from './flows'
import { totpCode } from './totp'

const MFA_PAGE = 'http://localhost:5173/mfa'

/** Counts the SDK's second-factor checks: XHR/fetch inits of the aal2 login flow. */
function countChecks(page: Page) {
  const seen: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(`${KRATOS}/self-service/login/browser?aal=aal2`) && ['fetch', 'xhr'].includes(request.resourceType())) seen.push(request.url())
  })
  return seen
}

test('no second factor: the MFA page offers to set one up; enrolling TOTP in Settings comes back to the MFA page at aal2, without a reload', async ({ page }) => {
  await register(page)
  const checks = countChecks(page)
  await page.goto('/mfa')

  // The fallback, not Kratos's empty second-factor step.
  await expect(page.getByRole('status')).toContainText('This page needs a second factor')
  expect(page.url()).toBe(MFA_PAGE)
  await expect(page.getByTestId('page-mfa')).toHaveCount(0)
  const link = page.getByRole('link', { name: 'Set up a second factor' })
  expect(await link.getAttribute('href')).toBe(`${KRATOS}/self-service/settings/browser?return_to=${encodeURIComponent(MFA_PAGE)}`)
  expect(checks).toEqual([`${KRATOS}/self-service/login/browser?aal=aal2`]) // one check, StrictMode and all

  // Settings, through Kratos's settings flow (which keeps the return_to): it says where a save goes.
  await link.click()
  await page.waitForURL(/\/settings\?flow=/)
  await expect(page.getByTestId('settings-return-to')).toContainText('Saving a change takes you back to /mfa')
  await page.evaluate(() => Object.assign(window, { sameDocument: 'no reload since the TOTP enrolment' }))
  const secret = (await page.getByTestId('node-totp_secret_key').innerText()).trim()
  await page.getByTestId('form-totp').locator('input[name="totp_code"]').fill(totpCode(secret))
  await page.getByTestId('form-totp').getByRole('button').last().click()

  // The save ends on the MFA page (in-app navigation), which renders at aal2, in the same document.
  await page.waitForURL(MFA_PAGE)
  await expect(page.getByTestId('page-mfa')).toBeVisible()
  await expect(page.getByTestId('session-aal')).toHaveText('aal2')
  expect(await page.evaluate(() => (window as unknown as { sameDocument?: string }).sameDocument)).toBe('no reload since the TOTP enrolment')
  expect(checks).toHaveLength(1) // an aal2 session needs no check

  // Settings opened from the menu (no return_to) still stays on the page after a save.
  await page.getByRole('link', { name: 'Settings', exact: true }).click()
  await page.waitForURL(/\/settings\?flow=/)
  await expect(page.getByTestId('form-profile')).toBeVisible()
  await expect(page.getByTestId('settings-return-to')).toHaveCount(0)
  await page.getByTestId('form-profile').getByRole('button').last().click()
  await expect(page.getByTestId('settings-saved')).toBeVisible()
  expect(new URL(page.url()).pathname).toBe('/settings')
})

test('a person with TOTP signed in with the password only still goes to the second-factor step, with no check', async ({ page }) => {
  const email = await register(page)
  await page.goto('/settings')
  const secret = (await page.getByTestId('node-totp_secret_key').innerText()).trim()
  await page.getByTestId('form-totp').locator('input[name="totp_code"]').fill(totpCode(secret))
  await page.getByTestId('form-totp').getByRole('button').last().click()
  await expect(page.getByTestId('settings-saved')).toBeVisible()
  await signOut(page)

  // Password only: Kratos leaves the session at aal1 (its 422 sends the browser to the aal2 step).
  await page.goto('/login')
  await submitPassword(page, email)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')

  // The guarded page: whoami answers 403 session_aal2_required, which Kratos sends only when a
  // second factor exists, so the guard leaves for the step at once, without a check.
  const checks = countChecks(page)
  const leaving = page.waitForRequest((request) => request.isNavigationRequest() && request.url().startsWith(`${KRATOS}/self-service/login/browser?aal=aal2&return_to=`))
  await page.goto('/mfa')
  expect(new URL((await leaving).url()).searchParams.get('return_to')).toBe(MFA_PAGE)
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await expect(page.getByTestId('form-totp').locator('input[name="totp_code"]')).toBeVisible()
  expect(checks).toEqual([])
})
