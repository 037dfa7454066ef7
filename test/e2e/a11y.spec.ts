import AxeBuilder from '@axe-core/playwright'
import { expect, test, type Locator, type Page } from '@playwright/test'
import { addVirtualAuthenticator, withoutPasskeyAutofill, enrolTotp, openErrorPage, PASSWORD, register, sendLoginCode, sendRecoveryCode, signOut, skipVerification, startRegistration, submitPassword, uniqueEmail } from './flows'
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

/** Presses Tab (at most 40 times, from wherever the focus is) until `target` has the focus: it must be reachable. */
async function tabTo(page: Page, target: Locator) {
  for (let presses = 0; presses < 40 && !(await target.evaluate((element) => element === document.activeElement)); presses++) await page.keyboard.press('Tab')
  await expect(target).toBeFocused()
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
  await startRegistration(page)
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
  await sendRecoveryCode(page, email)
  await codeFor(email, 'recovery')
  await violationsOn(page, 'recovery: code sent')

  await page.goto('/verification')
  const verification = page.getByTestId('form-code')
  await verification.locator('input[name="email"]').fill(email)
  await verification.getByRole('button', { name: 'Continue' }).click()
  await expect(verification.locator('input[name="code"]')).toBeVisible()
  await violationsOn(page, 'verification: code sent')
})

test('the error page: no axe violations', async ({ page }) => {
  await openErrorPage(page)
  await violationsOn(page, 'error page')
})

test('keyboard only: Tab to the e-mail, type, Tab to the password, type, Enter signs in', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  await page.goto('/login')
  await expect(page.getByTestId('form-password')).toBeVisible()
  const identifier = page.getByTestId('form-password').locator('input[name="identifier"]')
  const password = page.getByTestId('form-password').locator('input[name="password"]')
  await tabTo(page, identifier)
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
  await sendLoginCode(page, email)
  await violationsOn(page, 'login: code sent')

  await startRegistration(page)
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

test('passkeys: registration\'s passkey step, settings with a passkey, the login and "confirm it is you" of a passkey user: no axe violations', async ({ page }) => {
  const authenticator = await addVirtualAuthenticator(page)
  await withoutPasskeyAutofill(page)
  const email = await startRegistration(page)
  await expect(page.getByTestId('form-passkey').getByRole('button', { name: 'Sign up with passkey' })).toBeVisible()
  await violationsOn(page, 'registration: passkey step')
  await page.getByTestId('form-passkey').getByRole('button', { name: 'Sign up with passkey' }).click()
  await skipVerification(page)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  expect(await authenticator.credentials()).toHaveLength(1)

  await page.goto('/settings')
  await expect(page.getByTestId('form-passkey').getByRole('button', { name: /remove/i })).toBeVisible()
  await violationsOn(page, 'settings: a passkey registered (remove button)')

  await page.goto('/login?refresh=true')
  await expect(page.getByTestId('flow-title')).toHaveText('Confirm it is you (sign in again)')
  await expect(page.getByTestId('form-passkey')).toBeVisible()
  await violationsOn(page, 'login: refresh of a passkey user')

  await signOut(page)
  await page.goto('/login')
  const passkey = page.getByTestId('form-passkey').getByRole('button', { name: 'Sign in with passkey' })
  await expect(passkey).toBeVisible()
  await violationsOn(page, 'login: passkey')
  await passkey.click()
  await page.waitForURL('http://localhost:5173/')
  await expect(page.getByText('passkey (aal1)')).toBeVisible()
})

test('keyboard only, after a failed submit: a wrong password puts the focus on Kratos\'s message, a too-short one on the password box', async ({ page }) => {
  await page.goto('/login')
  const form = page.getByTestId('form-password')
  const identifier = form.locator('input[name="identifier"]')
  await expect(identifier).toBeVisible()
  await tabTo(page, identifier)
  await page.keyboard.type(uniqueEmail())
  await page.keyboard.press('Tab')
  await page.keyboard.type('wrong-password')
  await page.keyboard.press('Enter')
  const message = page.getByTestId('message-4000006')
  await expect(message).toBeVisible()
  // The region that holds the message (and announces it) has the focus: not the body, not the button.
  await expect(page.getByRole('status').filter({ has: message })).toBeFocused()
  // From there, Tab goes on to the form: the e-mail box comes next.
  await page.keyboard.press('Tab')
  await expect(identifier).toBeFocused()

  await page.goto('/registration')
  await tabTo(page, page.locator('input[name="traits.email"]'))
  await page.keyboard.type(uniqueEmail())
  await page.keyboard.press('Enter')
  const password = page.getByTestId('form-password').locator('input[name="password"]')
  await expect(password).toBeVisible()
  await tabTo(page, password)
  await page.keyboard.type('abc')
  await page.keyboard.press('Enter')
  await expect(password).toHaveAttribute('aria-invalid', 'true')
  await expect(password).toBeFocused()
  await expect(password).toHaveAccessibleDescription(/at least 8 characters/)
})
