import { expect, test } from '@playwright/test'
import { ageTheLogin, authenticatedAt, register, signInAgain } from './flows'

test('/sensitive with a login older than maxAge → re-authentication (refresh=true) → back, authenticated_at moved', async ({ page }) => {
  const email = await register(page)
  await page.goto('/sensitive')
  await expect(page.getByTestId('page-sensitive')).toBeVisible()
  const before = await authenticatedAt(page)

  await ageTheLogin(page)
  await page.goto('/sensitive')
  await signInAgain(page, email)

  await page.waitForURL('http://localhost:5173/sensitive')
  await expect(page.getByTestId('page-sensitive')).toBeVisible()
  expect(await authenticatedAt(page)).toBeGreaterThan(before)
})
