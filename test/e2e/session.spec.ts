import { expect, test } from '@playwright/test'
import { KRATOS, register, signOut, submitPassword } from './flows'

test('register → signed in: the home page shows the identity; whoami went cross-origin with the cookie', async ({ page }) => {
  const email = await register(page)
  // Home, loaded afresh (the registration went on to the verification page first): its whoami.
  const whoami = page.waitForResponse((response) => response.url() === `${KRATOS}/sessions/whoami` && response.status() === 200)
  await page.reload()
  const response = await whoami
  expect((await response.request().allHeaders()).cookie).toContain('ory_kratos_session=')
  expect(response.headers()['access-control-allow-origin']).toBe('http://localhost:5173')
  expect(response.headers()['access-control-allow-credentials']).toBe('true')
  expect((await response.json()).identity.traits.email).toBe(email)
  await expect(page.getByTestId('session-status')).toHaveText('authenticated')
  await expect(page.getByTestId('session-aal')).toHaveText('aal1')
})

test('signed out → /protected sends you to Kratos login with return_to; after login you are back', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  await page.goto('/protected')
  await page.waitForURL(/\/login\?flow=/)
  const flow = await page.evaluate(async () => {
    const id = new URLSearchParams(location.search).get('flow')
    const response = await fetch(`http://localhost:4433/self-service/login/flows?id=${id}`, { credentials: 'include', headers: { Accept: 'application/json' } })
    return response.json()
  })
  expect(flow.return_to).toBe('http://localhost:5173/protected')
  await submitPassword(page, email)
  await page.waitForURL('http://localhost:5173/protected')
  await expect(page.getByTestId('page-protected')).toBeVisible()
  await expect(page.getByTestId('session-email')).toHaveText(email)
})

test('sign out: the session is gone (whoami 401) and guarded pages redirect again', async ({ page }) => {
  await register(page)
  await page.goto('/protected')
  await expect(page.getByTestId('page-protected')).toBeVisible()
  await signOut(page)
  const status = await page.evaluate(async () => (await fetch('http://localhost:4433/sessions/whoami', { credentials: 'include' })).status)
  expect(status).toBe(401)
  await page.goto('/protected')
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Sign in')
})

test('the devices of the session are shown', async ({ page }) => {
  await register(page)
  const userAgent = await page.evaluate(() => navigator.userAgent)
  await expect(page.getByTestId('device')).toHaveCount(1)
  await expect(page.getByTestId('device')).toContainText(userAgent)
})

test("a new visitor's first page: the icon the browser asks for is there, nothing the demo serves is a 404", async ({ page }) => {
  const notFound: string[] = []
  page.on('response', (response) => {
    if (response.status() === 404) notFound.push(response.url())
  })
  await page.goto('/')
  await expect(page.getByTestId('session-status')).toHaveText('unauthenticated')
  // Headless Chromium fetches no icon (and Playwright would not see it): ask for the one a browser
  // with a tab bar fetches, the page's <link rel="icon">, else /favicon.ico (a 404 in the console).
  const icon = await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel~="icon"]')?.href ?? new URL('/favicon.ico', location.href).href)
  const response = await page.request.get(icon)
  expect(response.status(), icon).toBe(200)
  expect(response.headers()['content-type']).toMatch(/^image\//)
  expect(notFound).toEqual([])
})
