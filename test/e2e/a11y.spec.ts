import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Page } from '@playwright/test'
import { enrolTotp, KRATOS, PASSWORD, register, signOut, submitPassword, uniqueEmail } from './flows'
import { codeFor } from './mailbox'

// axe (WCAG 2.x A/AA rules) on the demo's flow pages in the states a person meets, against the
// real Kratos v1.3.1, and a sign-in with the keyboard alone. Each state's violations are printed
// (rule id × nodes) so a run says which page is wrong, then asserted to be none.

async function violationsOn(page: Page, state: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze()
  const summary = violations.map((violation) => `${violation.id} ×${violation.nodes.length}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)
  console.log(`[axe] ${state}: ${violations.length} violation(s)${summary.length ? `\n  ${summary.join('\n  ')}` : ''}`)
  expect.soft(summary, state).toEqual([])
}

test('login, registration (both steps), recovery and verification pages: no axe violations', async ({ page }) => {
  await page.goto('/login')
  await expect(page.getByTestId('form-password')).toBeVisible()
  await violationsOn(page, 'login: password form')

  await submitPassword(page, uniqueEmail(), 'wrong-password')
  await expect(page.getByTestId('message-4000006')).toBeVisible()
  await violationsOn(page, 'login: after a wrong password')

  await page.goto('/registration')
  await expect(page.locator('input[name="traits.email"]')).toBeVisible()
  await violationsOn(page, 'registration: e-mail step')
  await page.fill('input[name="traits.email"]', uniqueEmail())
  await page.getByRole('button', { name: 'Sign up' }).click()
  await expect(page.getByTestId('form-password')).toBeVisible()
  await violationsOn(page, 'registration: password step')

  await page.goto('/recovery')
  await expect(page.getByTestId('form-code')).toBeVisible()
  await violationsOn(page, 'recovery: e-mail')

  await page.goto('/verification')
  await expect(page.getByTestId('form-code')).toBeVisible()
  await violationsOn(page, 'verification: e-mail')
})

test('recovery code step, settings with the TOTP QR code and the lookup codes: no axe violations', async ({ page }) => {
  const email = await register(page)
  await page.goto('/settings')
  await expect(page.getByTestId('node-totp_secret_key')).toBeVisible()
  await violationsOn(page, 'settings: profile, password, TOTP QR code, passkey')

  await page.getByRole('button', { name: 'Generate new backup recovery codes' }).click()
  await expect(page.getByTestId('node-lookup_secret_codes')).toBeVisible()
  await violationsOn(page, 'settings: lookup codes shown')

  await signOut(page)
  await page.goto('/recovery')
  await page.getByTestId('form-code').locator('input[name="email"]').fill(email)
  await page.getByTestId('form-code').getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByTestId('form-code').locator('input[name="code"]')).toBeVisible()
  await codeFor(email, 'recovery')
  await violationsOn(page, 'recovery: code sent')
})

test('the error page: no axe violations', async ({ page }) => {
  // A browser form POST with a wrong CSRF token lands on the error UI (303 → /error?id=).
  await page.goto('/')
  await page.evaluate(async (kratos) => {
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
  }, KRATOS)
  await page.waitForURL(/\/error\?id=/)
  await expect(page.getByTestId('error-message')).toBeVisible()
  await violationsOn(page, 'error page')
})

test('keyboard only: Tab to the e-mail, type, Tab to the password, type, Enter signs in', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  await page.goto('/login')
  await expect(page.getByTestId('form-password')).toBeVisible()
  const identifier = page.getByTestId('form-password').locator('input[name="identifier"]')
  const password = page.getByTestId('form-password').locator('input[name="password"]')
  // Tab from the top of the page until the e-mail box has the focus: it must be reachable.
  for (let presses = 0; presses < 40 && !(await identifier.evaluate((input) => input === document.activeElement)); presses++) await page.keyboard.press('Tab')
  await expect(identifier).toBeFocused()
  await page.keyboard.type(email)
  await page.keyboard.press('Tab')
  await expect(password).toBeFocused()
  await page.keyboard.type(PASSWORD)
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('session-email')).toHaveText(email)
})

test('login: refresh and the code step; registration with a too-short password (a field error): no axe violations', async ({ page }) => {
  const email = await register(page)
  await page.goto('/login?refresh=true')
  await expect(page.getByTestId('form-password')).toBeVisible()
  await violationsOn(page, 'login: refresh (confirm it is you)')

  await signOut(page)
  await page.goto('/login')
  const code = page.getByTestId('form-code')
  await code.locator('input[name="identifier"]').fill(email)
  await code.getByRole('button', { name: 'Send sign in code' }).click()
  await expect(code.locator('input[name="code"]')).toBeVisible()
  await violationsOn(page, 'login: code sent')

  await page.goto('/registration')
  await page.fill('input[name="traits.email"]', uniqueEmail())
  await page.getByRole('button', { name: 'Sign up' }).click()
  const password = page.getByTestId('form-password').locator('input[name="password"]')
  await password.fill('abc')
  await page.getByTestId('form-password').getByRole('button', { name: 'Sign up' }).click()
  await expect(page.getByText(/at least 8 characters/)).toBeVisible()
  await violationsOn(page, 'registration: password too short')
  // The error is the input's description, and the input says it is invalid.
  await expect(password).toHaveAttribute('aria-invalid', 'true')
  await expect(password).toHaveAccessibleDescription(/at least 8 characters/)
})

test('login: the second-factor (aal2) step after a password sign-in: no axe violations', async ({ page }) => {
  const email = await register(page)
  await enrolTotp(page)
  await violationsOn(page, 'settings: TOTP saved')
  await signOut(page)
  await page.goto('/mfa')
  await page.waitForURL(/\/login\?flow=/)
  await submitPassword(page, email)
  await expect(page.getByTestId('flow-title')).toHaveText('Second factor')
  await expect(page.getByTestId('form-totp')).toBeVisible()
  await violationsOn(page, 'login: second factor (aal2)')
})
