import { expect, test } from '@playwright/test'
import { register } from './flows'
import { restartKratos, startKratos, stopKratos } from './kratosProcess'

// A failure between the stop and the start below would leave the next specs without Kratos.
test.afterAll(async () => {
  await restartKratos()
})

test('Kratos stopped while the page is open → error state, still signed in, no redirect; Kratos back → recovers', async ({ page }) => {
  await register(page)
  await page.goto('/protected')
  await expect(page.getByTestId('page-protected')).toBeVisible()
  const navigations: string[] = []
  page.on('framenavigated', (frame) => frame === page.mainFrame() && navigations.push(frame.url()))

  await stopKratos()
  await expect.poll(() => page.evaluate(() => fetch('http://localhost:4433/health/alive').then(() => 'up', () => 'down'))).toBe('down')
  // The tab regains focus after the session went stale: the SDK asks again, and fails.
  await page.clock.setFixedTime(Date.now() + 60_000)
  await page.evaluate(() => window.dispatchEvent(new Event('visibilitychange')))
  await expect(page.getByTestId('session-error')).toBeVisible({ timeout: 30_000 })
  await expect(page.getByTestId('session-status')).toHaveText('authenticated')
  await expect(page.getByTestId('page-protected')).toBeVisible()

  await startKratos()
  await expect(page.getByTestId('session-error')).toBeHidden({ timeout: 30_000 })
  await expect(page.getByTestId('session-status')).toHaveText('authenticated')
  expect(navigations).toEqual([])
})
