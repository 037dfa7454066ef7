import { expect, test } from '@playwright/test'
import { register, submitPassword } from './flows'

test('/sensitive with a login older than maxAge → re-authentication (refresh=true) → back, authenticated_at moved', async ({ page }) => {
  await register(page)
  await page.goto('/sensitive')
  await expect(page.getByTestId('page-sensitive')).toBeVisible()
  const before = await page.getByTestId('session-authenticated-at').innerText()

  // Six minutes later by the browser's clock: the login is older than the page's maxAge (300 s).
  await page.clock.setFixedTime(Date.now() + 6 * 60_000)
  await page.goto('/sensitive')
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Confirm it is you (sign in again)')
  // Re-authenticating moves authenticated_at to Kratos's real "now"; bring the browser's clock back
  // to (one minute past) real time, or the fresh login would still look six minutes old.
  await page.clock.setFixedTime(Date.now() + 60_000)
  await submitPassword(page)

  await page.waitForURL('http://localhost:5173/sensitive')
  await expect(page.getByTestId('page-sensitive')).toBeVisible()
  const after = await page.getByTestId('session-authenticated-at').innerText()
  expect(Date.parse(after)).toBeGreaterThan(Date.parse(before))
})
