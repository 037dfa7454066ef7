import { expect, type Page } from '@playwright/test'
import { totpCode } from './totp'

export const KRATOS = 'http://localhost:4433'
export const PASSWORD = 'a-Very-l0ng-passw0rd-for-kratos'
export const uniqueEmail = () => `user-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.com`

/** The first step of the demo's two-step registration: the e-mail, then "Sign up"; on the methods step after. */
export async function startRegistration(page: Page, email = uniqueEmail()) {
  await page.goto('/registration')
  await page.fill('input[name="traits.email"]', email)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await expect(page.getByTestId('form-password')).toBeVisible()
  return email
}

/** Registers through the demo's registration page (Kratos's two-step flow) and lands signed in. */
export async function register(page: Page, email = uniqueEmail()) {
  await startRegistration(page, email)
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

/** On /login: asks for a sign-in code by e-mail; returns the code form, now showing its code box. */
export async function sendLoginCode(page: Page, email: string) {
  await page.goto('/login')
  const form = page.getByTestId('form-code')
  await form.locator('input[name="identifier"]').fill(email)
  await form.getByRole('button', { name: 'Send sign in code' }).click()
  // Kratos answers 400 with the next step: the same flow, now asking for the code.
  await expect(form.locator('input[name="code"]')).toBeVisible()
  return form
}

/** On /recovery: asks for a recovery code by e-mail; returns the code form, now showing its code box. */
export async function sendRecoveryCode(page: Page, email: string) {
  await page.goto('/recovery')
  const form = page.getByTestId('form-code')
  await form.locator('input[name="email"]').fill(email)
  await form.getByRole('button', { name: 'Continue' }).click()
  await expect(form.locator('input[name="code"]')).toBeVisible()
  return form
}

/**
 * Lands on the demo's error page the way Kratos sends people there: a browser form POST with a
 * wrong CSRF token (303 → /error?id=). Returns the id of the login flow that was posted to.
 */
export async function openErrorPage(page: Page): Promise<string> {
  await page.goto('/')
  const flowId = await page.evaluate(async (kratos) => {
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
  await page.waitForURL(/\/error\?id=/)
  await expect(page.getByTestId('error-message')).toBeVisible()
  return flowId
}

/** Chromium's virtual authenticator (DevTools protocol): a platform passkey with user verification. */
export async function addVirtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  const { authenticatorId } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  })
  return { credentials: async () => (await cdp.send('WebAuthn.getCredentials', { authenticatorId })).credentials }
}

/**
 * The page's browser reports no conditional mediation, so the login page starts no passkey
 * autofill: a virtual authenticator answers by itself, and would sign in from the autofill before
 * a test presses "Sign in with passkey" (the autofill is proven by test/conformance's
 * identifier_first/passkeys.login port).
 */
export async function withoutPasskeyAutofill(page: Page) {
  await page.addInitScript(() => {
    if (window.PublicKeyCredential) window.PublicKeyCredential.isConditionalMediationAvailable = async () => false
  })
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
