import { expect, test } from '@playwright/test'
import { enrolTotp, KRATOS, register, signOut, submitPassword } from './flows'

test('a registered person without a second factor on an aal2 login: "set up a second factor", not an empty form', async ({ page }) => {
  await register(page)
  // What every aal2 guard does: Kratos's aal2 login init, which lands on the demo's login page.
  await page.goto(`${KRATOS}/self-service/login/browser?aal=aal2`)
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('second-factor-missing')).toBeVisible()
  await page.getByTestId('second-factor-missing').getByRole('link', { name: 'Settings' }).click()
  await expect(page.getByTestId('flow-title')).toHaveText('Settings')
  await expect(page.getByTestId('form-totp')).toBeVisible()
})

test('signed in at aal1 with TOTP pending: the second-factor page offers no registration, Home offers sign-out', async ({ page }) => {
  const email = await register(page)
  await enrolTotp(page)
  await expect(page.getByText('Your changes have been saved!')).toHaveCount(1) // shown once
  await signOut(page)

  await page.goto('/login')
  await submitPassword(page, email)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await expect(page.getByRole('link', { name: 'Create an account' })).toHaveCount(0)
  await expect(page.getByRole('link', { name: 'Forgot password?' })).toHaveCount(0)

  await page.getByRole('link', { name: 'Home' }).click()
  await expect(page.getByTestId('session-status')).toHaveText('aal2_required')
  await expect(page.getByTestId('aal2-required')).toBeVisible()
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByTestId('session-status')).toHaveText('unauthenticated')
})

test('the error page: Kratos\'s message and reason as two sentences', async ({ page }) => {
  // A browser form POST with a wrong CSRF token lands on the error UI (303 → /error?id=).
  await page.goto('/')
  const errorId = await page.evaluate(async (kratos) => {
    const flow = await (await fetch(`${kratos}/self-service/login/browser`, { credentials: 'include', headers: { Accept: 'application/json' } })).json()
    const form = document.createElement('form')
    form.method = 'POST'
    form.action = flow.ui.action
    for (const [name, value] of Object.entries({ csrf_token: 'wrong', method: 'password', identifier: 'x@example.com', password: 'x' })) {
      const input = document.createElement('input')
      input.name = name
      input.value = value
      form.append(input)
    }
    document.body.append(form)
    form.submit()
    return flow.id as string
  }, KRATOS)
  expect(errorId).toBeTruthy()
  await page.waitForURL(/\/error\?id=/)
  await expect(page.getByTestId('error-message')).toHaveText(/\.$/)
  await expect(page.getByTestId('error-reason')).toHaveText(/\.$/)
})
