import { expect, test } from '@playwright/test'
import { ageTheLogin, authenticatedAt, register, signInAgain } from './flows'

test('useReauthenticate: a button sends you through refresh=true and back to the same page, privileged again', async ({ page }) => {
  const email = await register(page)
  await expect(page.getByTestId('privileged')).toBeVisible()
  const before = await authenticatedAt(page)

  await ageTheLogin(page) // the demo's privilege window is 5 minutes
  await page.goto('/?tab=security')
  await page.getByTestId('reauthenticate').click()
  await signInAgain(page, email)

  await page.waitForURL('http://localhost:5173/?tab=security')
  await expect(page.getByTestId('privileged')).toBeVisible()
  expect(await authenticatedAt(page)).toBeGreaterThan(before)
})
