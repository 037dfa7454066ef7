import { expect, test } from '@playwright/test'
import { KRATOS, register } from './flows'

test("session to JWT: /token shows a JWT from Kratos's demo-api template for the signed-in identity", async ({ page }) => {
  await register(page)
  const tokenized = page.waitForResponse((response) => response.url() === `${KRATOS}/sessions/whoami?tokenize_as=demo-api`)
  await page.goto('/token')
  const response = await tokenized
  expect(response.status()).toBe(200)
  expect((await response.request().allHeaders()).cookie).toContain('ory_kratos_session=')
  const session = await response.json()
  await expect(page.getByTestId('token-status')).toHaveText('ready')
  await expect(page.getByTestId('token-sub')).toHaveText(session.identity.id)
  const expires = Date.parse((await page.getByTestId('token-expires').getAttribute('datetime')) ?? '')
  expect(expires - Date.now()).toBeGreaterThan(30_000)
  expect(expires - Date.now()).toBeLessThanOrEqual(61_000)
  // In memory only: nothing in web storage carries it.
  const stored = await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))
  expect(stored).not.toContain(session.tokenized.split('.')[1])
})
