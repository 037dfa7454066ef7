import { expect, test, type Browser, type Page } from '@playwright/test'
import { KRATOS, register, submitPassword } from './flows'

const APP = 'http://localhost:5173'

/** Signs the same person in from a fresh browser context (its own cookie jar): a second session. */
async function signInElsewhere(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext({ baseURL: APP })
  const page = await context.newPage()
  await page.goto('/sessions')
  await page.waitForURL(/\/login\?flow=/)
  await submitPassword(page, email)
  await page.waitForURL(`${APP}/sessions`)
  await expect(page.getByTestId('page-sessions')).toBeVisible()
  return page
}

const whoamiStatus = (page: Page) =>
  page.evaluate(async (kratos) => (await fetch(`${kratos}/sessions/whoami`, { credentials: 'include' })).status, KRATOS)

test('two browsers, one person: the first lists both sessions and signs the other out', async ({ page, browser }) => {
  const email = await register(page)
  const other = await signInElsewhere(browser, email)

  const listing = page.waitForResponse((response) => response.url().startsWith(`${KRATOS}/sessions?`) || response.url() === `${KRATOS}/sessions`)
  await page.goto('/sessions')
  const listed = await listing
  expect(listed.status()).toBe(200)
  expect(listed.headers()['x-total-count']).toBe('1')
  await expect(page.getByTestId('active-session')).toHaveCount(2)
  await expect(page.getByTestId('current-session')).toHaveCount(1)
  await expect(page.getByTestId('active-session').first().getByTestId('current-session')).toBeVisible()
  // CORS exposes the paging headers to script (serve.public.cors.exposed_headers).
  const exposed = await page.evaluate(async (kratos) => {
    const response = await fetch(`${kratos}/sessions`, { credentials: 'include', headers: { Accept: 'application/json' } })
    return { total: response.headers.get('X-Total-Count'), link: response.headers.get('Link') }
  }, KRATOS)
  expect(exposed.total).toBe('1')
  expect(exposed.link).not.toBeNull()

  const revoked = page.waitForResponse((response) => response.request().method() === 'DELETE' && response.url().startsWith(`${KRATOS}/sessions/`))
  await page.getByTestId('revoke-session').click()
  expect((await revoked).status()).toBe(204)
  await expect(page.getByTestId('active-session')).toHaveCount(1)
  await expect(page.getByTestId('current-session')).toHaveCount(1)

  // The other browser is signed out; this one is not.
  expect(await whoamiStatus(other)).toBe(401)
  await other.goto('/')
  await expect(other.getByTestId('session-status')).toHaveText('unauthenticated')
  expect(await whoamiStatus(page)).toBe(200)
  await other.context().close()
})

test('"Sign out all other devices" ends every other session and keeps this one', async ({ page, browser }) => {
  const email = await register(page)
  const second = await signInElsewhere(browser, email)
  const third = await signInElsewhere(browser, email)

  await page.goto('/sessions')
  await expect(page.getByTestId('active-session')).toHaveCount(3)
  const revoked = page.waitForResponse((response) => response.request().method() === 'DELETE' && response.url() === `${KRATOS}/sessions`)
  await page.getByTestId('revoke-others').click()
  const answer = await revoked
  expect(answer.status()).toBe(200)
  expect(await answer.json()).toEqual({ count: 2 })
  await expect(page.getByTestId('active-session')).toHaveCount(1)
  await expect(page.getByTestId('revoked-count')).toContainText('2')

  expect(await whoamiStatus(second)).toBe(401)
  expect(await whoamiStatus(third)).toBe(401)
  expect(await whoamiStatus(page)).toBe(200)
  await page.reload()
  await expect(page.getByTestId('active-session')).toHaveCount(1)
  await Promise.all([second.context().close(), third.context().close()])
})
