// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/login/error.spec.ts, react
// variant (profile `spa`): failing sign-ins on the demo's login page.
import { expect, test } from '../../../fixtures'
import { expectMessage, gen, input, message, submit } from '../../../helpers/browser'

test.use({ profile: 'spa' })

test.describe('email profile: failing login flows', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure())
  test.beforeEach(async ({ page }) => {
    await page.goto('/login')
    await expect(input(page, 'identifier', 'password')).toBeVisible()
  })

  // Kratos answers 403 security_csrf_violation; the SDK starts a new flow (submit()'s outcome
  // `restarted`, reason csrf), but a form submitted through getFormProps() discards that outcome and
  // the hook's state keeps no trace of it, so the page can only redraw an empty form with no word of
  // why (Ory's app says "A security violation was detected…"). SDK gap, open: see docs/conformance.md.
  test.fixme('fails when CSRF cookies are missing', async ({ page, context }) => {
    const pathname = new URL(page.url()).pathname
    await input(page, 'identifier', 'password').fill('i-do-not-exist')
    await input(page, 'password', 'password').fill('invalid-password')
    const cookies = await context.cookies()
    const csrf = cookies.find(({ name }) => name.includes('csrf'))
    expect(csrf).toBeDefined()
    await context.clearCookies({ name: csrf?.name ?? '' })
    await submit(page, 'password').click()
    await expect(page.getByText(/security violation was detected/i).first()).toBeVisible()
    expect(new URL(page.url()).pathname).toBe(pathname)
  })

  test('fails when a disallowed return_to url is requested', async ({ page }) => {
    await page.goto('/login?return_to=https://not-allowed')
    // Ory's React app words it itself (a toast); the demo shows Kratos's reason.
    await expect(page.getByRole('alert').filter({ hasText: /return_to URL "https:\/\/not-allowed\/?" is not allowed/ })).toBeVisible()
    expect(new URL(page.url()).pathname).toBe('/login')
  })

  test('shows an error when the identifier is missing', async ({ page }) => {
    for (const name of ['identifier', 'password']) await input(page, name, 'password').evaluate((field) => field.removeAttribute('required'))
    await submit(page, 'password').click()
    await expect(message(page, 4000002)).toContainText([/Property identifier is missing/, /Property password is missing/])
  })

  test('shows an error when the password is missing', async ({ page }) => {
    const email = gen.email()
    await input(page, 'identifier', 'password').fill(email)
    await input(page, 'password', 'password').evaluate((field) => field.removeAttribute('required'))
    await submit(page, 'password').click()
    await expect(page.locator('[data-id^="4"], [data-testid^="message-4"]').first()).toHaveText(/^(length must be >= 1, but got 0|Property password is missing\.)$/)
  })

  test('fails to sign in with unknown credentials', async ({ page }) => {
    await input(page, 'identifier', 'password').fill('i-do-not-exist')
    await input(page, 'password', 'password').fill('invalid-password')
    await submit(page, 'password').click()
    await expectMessage(page, 4000006, 'credentials are invalid')
  })
})
