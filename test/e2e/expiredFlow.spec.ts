import { expect, test } from '@playwright/test'
import { register, signOut, submitPassword } from './flows'
import { restartKratos } from './kratosProcess'

// Login flows live 3 s in this test (Kratos restarted with an overlay; the SQLite database, and
// so the account, survive the restart). Long enough to fill a form, short enough to wait out.
const SHORT_LOGIN = 'selfservice:\n  flows:\n    login:\n      lifespan: 3s\n'

test.afterAll(async () => {
  await restartKratos()
})

test('an expired login flow goes on in a new flow (Kratos\'s "expired" message), no dead end', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  await restartKratos(SHORT_LOGIN)

  await page.goto('/login')
  await page.waitForURL(/\/login\?flow=/)
  const firstFlow = new URL(page.url()).searchParams.get('flow')
  await page.waitForTimeout(3_500) // the flow expires
  await submitPassword(page, email)

  // 410 self_service_flow_expired + use_flow_id: the hook shows the replacement flow in place.
  await expect(page.getByTestId('message-4010001')).toBeVisible()
  expect(new URL(page.url()).searchParams.get('flow')).not.toBe(firstFlow)
  await submitPassword(page, email)
  await expect(page.getByTestId('session-email')).toHaveText(email)
})
