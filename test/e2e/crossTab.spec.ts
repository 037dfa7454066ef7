import { expect, test, type Page } from '@playwright/test'
import { KRATOS, register, submitPassword } from './flows'

const whoamiRequests = (page: Page) => {
  const seen: string[] = []
  page.on('request', (request) => {
    if (request.url().startsWith(`${KRATOS}/sessions/whoami`)) seen.push(request.url())
  })
  return seen
}

test('signing out and back in in one tab updates the other open tab within a second, without a reload or a whoami of its own', async ({ context }) => {
  const first = await context.newPage()
  const email = await register(first)

  const second = await context.newPage()
  await second.goto('/')
  await expect(second.getByTestId('session-email')).toHaveText(email)
  const secondWhoami = whoamiRequests(second)
  let secondReloaded = false
  second.on('framenavigated', (frame) => {
    if (frame === second.mainFrame()) secondReloaded = true
  })

  // Sign out in the first tab: the second tab shows it within a second.
  await first.getByRole('button', { name: 'Sign out' }).click()
  await expect(first.getByTestId('session-status')).toHaveText('unauthenticated')
  await expect(second.getByTestId('session-status')).toHaveText('unauthenticated', { timeout: 1_000 })

  // Sign in again in the first tab: the second tab follows, again from the first tab's answer.
  await first.goto('/protected')
  await first.waitForURL(/\/login\?flow=/)
  await submitPassword(first, email)
  await first.waitForURL('http://localhost:5173/protected')
  await expect(first.getByTestId('session-status')).toHaveText('authenticated')
  await expect(second.getByTestId('session-status')).toHaveText('authenticated', { timeout: 1_000 })
  await expect(second.getByTestId('session-email')).toHaveText(email)

  expect(secondReloaded).toBe(false)
  expect(secondWhoami).toEqual([])
})
