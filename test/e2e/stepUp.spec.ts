import { expect, test } from '@playwright/test'
import { register, submitPassword } from './flows'

test('useReauthenticate: a button sends you through refresh=true and back to the same page, privileged again', async ({ page }) => {
  await register(page)
  await expect(page.getByTestId('privileged')).toBeVisible()
  const before = await page.getByTestId('session-authenticated-at').innerText()

  // Six minutes later by the browser's clock, the privilege (5 min) has lapsed.
  await page.clock.setFixedTime(Date.now() + 6 * 60_000)
  await page.goto('/?tab=security')
  await page.getByTestId('reauthenticate').click()
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Confirm it is you (sign in again)')
  // Kratos stamps the new login with its real clock: bring the browser's back (see sensitive.spec.ts).
  await page.clock.setFixedTime(Date.now() + 60_000)
  await submitPassword(page)

  await page.waitForURL('http://localhost:5173/?tab=security')
  await expect(page.getByTestId('privileged')).toBeVisible()
  const after = await page.getByTestId('session-authenticated-at').innerText()
  expect(Date.parse(after)).toBeGreaterThan(Date.parse(before))
})
