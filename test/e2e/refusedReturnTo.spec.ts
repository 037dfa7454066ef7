import { expect, test } from '@playwright/test'
import { KRATOS, register, signOut, submitPassword } from './flows'

// A well-formed return_to that is not in Kratos's selfservice.allowed_return_urls (the demo's
// Kratos allows http://localhost:5173 and :4173 only): Kratos answers the login init 400
// self_service_flow_return_to_forbidden.
const REFUSED = 'https://evil.example/steal'

test('/login?return_to=<a URL Kratos refuses>: "Start again" shows a working login form without it, and signing in works', async ({ page }) => {
  const email = await register(page)
  await signOut(page)

  const refused = page.waitForResponse((response) => response.url().startsWith(`${KRATOS}/self-service/login/browser?return_to=`) && response.status() === 400)
  await page.goto(`/login?return_to=${encodeURIComponent(REFUSED)}`)
  expect(((await (await refused).json()) as { error: { id: string } }).error.id).toBe('self_service_flow_return_to_forbidden')
  await expect(page.getByTestId('flow-error')).toContainText('Kratos refused return_to')

  // The same flow without the refused return_to, which also leaves the page URL.
  const started = page.waitForResponse((response) => response.url().startsWith(`${KRATOS}/self-service/login/browser`) && response.status() === 200)
  await page.getByRole('button', { name: 'Start again' }).click()
  expect(new URL((await started).url()).searchParams.has('return_to')).toBe(false)
  await expect(page.getByTestId('flow-error')).toHaveCount(0)
  await page.waitForURL(/\/login\?flow=/)
  expect(new URL(page.url()).searchParams.has('return_to')).toBe(false)

  await submitPassword(page, email)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  expect(page.url().startsWith('http://localhost:5173/')).toBe(true)
})

// A new user's unparsable return_to (a port that is not a number) was reported as an outage:
// "Kratos could not be reached (Failed to construct 'URL': Invalid URL) … serve.public.cors …".
test('/login?return_to=<an unparsable URL>: says the return_to is refused, not that Kratos is down; Kratos is not asked; "Start again" works', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  const unparsable = 'http://localhost:5173.evil.example.com/'
  const inits: string[] = []
  page.on('request', (request) => request.url().startsWith(`${KRATOS}/self-service/login/browser`) && inits.push(request.url()))

  await page.goto(`/login?return_to=${encodeURIComponent(unparsable)}`)
  await expect(page.getByTestId('flow-error')).toContainText('not a URL')
  await expect(page.getByTestId('flow-error')).not.toContainText(/could not be reached|cors/i)
  expect(inits).toEqual([])

  await page.getByRole('button', { name: 'Start again' }).click()
  await page.waitForURL(/\/login\?flow=/)
  expect(new URL(page.url()).searchParams.has('return_to')).toBe(false)
  expect(inits.map((url) => new URL(url).searchParams.has('return_to'))).toEqual([false])
  await submitPassword(page, email)
  await expect(page.getByTestId('session-email')).toHaveText(email)
})
