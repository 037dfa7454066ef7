import { expect, test } from '@playwright/test'
import { enrolTotp, register } from './flows'

test('enrolling TOTP in Settings: Home shows aal2 at once, without a reload', async ({ page }) => {
  await register(page)
  await expect(page.getByTestId('session-aal')).toHaveText('aal1')
  await enrolTotp(page)
  let loads = 0
  page.on('load', () => loads++)
  await page.getByRole('link', { name: 'Home' }).click()
  await expect(page.getByTestId('session-aal')).toHaveText('aal2')
  expect(loads).toBe(0)
})
