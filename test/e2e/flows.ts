import { expect, type Page } from '@playwright/test'
import { totpCode } from './totp'

export const KRATOS = 'http://localhost:4433'
export const PASSWORD = 'a-Very-l0ng-passw0rd-for-kratos'
export const uniqueEmail = () => `user-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`

/** Registers through the demo's registration page (Kratos's two-step flow) and lands signed in. */
export async function register(page: Page, email = uniqueEmail()) {
  await page.goto('/registration')
  await page.fill('input[name="traits.email"]', email)
  await page.getByRole('button', { name: 'Sign up' }).click()
  const password = page.getByTestId('form-password').locator('input[name="password"]')
  await password.fill(PASSWORD)
  await expect(password).toHaveValue(PASSWORD)
  const submitted = page.waitForResponse((r) => r.url().startsWith(`${KRATOS}/self-service/registration?flow=`) && r.status() === 200)
  await page.getByTestId('form-password').getByRole('button', { name: 'Sign up' }).click()
  await submitted
  await skipVerification(page)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  return email
}

/**
 * After a registration Kratos answers `continue_with: show_verification_ui` (verification is on in
 * the demo's config): the hook opens that verification flow, its code already mailed. Checks it is
 * there, then goes Home as a person who verifies later does.
 */
export async function skipVerification(page: Page) {
  await page.waitForURL(/\/verification\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Verify your e-mail address')
  await expect(page.locator('input[name="code"]')).toBeVisible()
  await page.goto('/')
}

/** Fills and submits the password form of a login page the browser is on. */
export async function submitPassword(page: Page, email?: string, password = PASSWORD) {
  await expect(page.getByTestId('form-password')).toBeVisible()
  if (email) await page.getByTestId('form-password').locator('input[name="identifier"]').fill(email)
  await page.getByTestId('form-password').locator('input[name="password"]').fill(password)
  await page.getByTestId('form-password').getByRole('button').last().click()
}

export async function signOut(page: Page) {
  await page.goto('/')
  await page.getByRole('button', { name: 'Sign out' }).click()
  await expect(page.getByTestId('session-status')).toHaveText('unauthenticated')
}

/** Enrols TOTP in the settings page and returns the secret an authenticator app would keep. */
export async function enrolTotp(page: Page): Promise<string> {
  await page.goto('/settings')
  const secret = (await page.getByTestId('node-totp_secret_key').innerText()).trim()
  await page.getByTestId('form-totp').locator('input[name="totp_code"]').fill(totpCode(secret))
  await page.getByTestId('form-totp').getByRole('button').last().click()
  await expect(page.getByTestId('settings-saved')).toBeVisible()
  return secret
}

/** A TOTP code Kratos has not seen yet: waits for the next 30 s window if this one was used. */
export async function freshTotpCode(secret: string, used: Set<string>): Promise<string> {
  let code = totpCode(secret)
  while (used.has(code)) {
    await new Promise((resolve) => setTimeout(resolve, 1000))
    code = totpCode(secret)
  }
  used.add(code)
  return code
}

/** Moves the browser's clock six minutes ahead: the login now looks older than a 5-minute maxAge. */
export async function ageTheLogin(page: Page) {
  await page.clock.setFixedTime(Date.now() + 6 * 60_000)
}

/**
 * On the refresh=true login page the app sent the browser to: signs in again, with the browser's
 * clock brought back to (one minute past) real time first, because Kratos stamps the new login
 * with its real clock and it would otherwise still look six minutes old. With the `code` method
 * on, Kratos v1.3.1's refresh flow asks for the identifier again; the demo fills in the session's.
 */
export async function signInAgain(page: Page, email: string) {
  await page.waitForURL(/\/login\?flow=/)
  await expect(page.getByTestId('flow-title')).toHaveText('Confirm it is you (sign in again)')
  await expect(page.getByTestId('form-password').locator('input[name="identifier"]')).toHaveValue(email)
  await page.clock.setFixedTime(Date.now() + 60_000)
  await submitPassword(page)
}

/** The session card's `authenticated_at`, as epoch milliseconds. */
export async function authenticatedAt(page: Page): Promise<number> {
  return Date.parse((await page.getByTestId('session-authenticated-at').getAttribute('datetime')) ?? '')
}
