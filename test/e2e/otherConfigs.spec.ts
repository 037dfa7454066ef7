import { expect, test, type Page } from '@playwright/test'
import { KRATOS, PASSWORD, register, signOut, submitPassword, uniqueEmail } from './flows'
import { restartKratos } from './kratosProcess'

// The demo under Kratos configurations other than its own (issue 21), each an overlay merged over
// demo/kratos/kratos.yml (Kratos restarted; the SQLite database and its accounts survive). The
// demo config comes back after each test.
const SHOW_VERIFICATION_UI = 'selfservice:\n  flows:\n    registration:\n      after:\n        password:\n          hooks:\n            - hook: show_verification_ui\n'
const IDENTIFIER_FIRST = 'selfservice:\n  flows:\n    login:\n      style: identifier_first\n'
const RECOVERY_BY_LINK = 'selfservice:\n  methods:\n    link:\n      enabled: true\n  flows:\n    recovery:\n      use: link\n'
const ONE_STEP = 'selfservice:\n  flows:\n    registration:\n      enable_legacy_one_step: true\n'
const NEW_PASSWORD = 'a-New-l0ng-passw0rd-for-kratos'

test.afterEach(async () => {
  await restartKratos()
})

const whoami = (page: Page) => page.evaluate(async (kratos) => (await fetch(`${kratos}/sessions/whoami`, { credentials: 'include' })).json(), KRATOS)

/** The Mailbox page's newest message to `email`, once `count` messages are there. */
async function openMailbox(page: Page, email: string, count: number) {
  const mailbox = await page.context().newPage()
  await mailbox.goto(`/mailbox?to=${encodeURIComponent(email)}`)
  await expect(mailbox.getByTestId('mailbox-message')).toHaveCount(count)
  return mailbox
}

test('registration with hooks [show_verification_ui]: the verification page opens with the flow Kratos prepared, and the mailed code verifies the address', async ({ page }) => {
  await restartKratos(SHOW_VERIFICATION_UI)
  const email = uniqueEmail()
  await page.goto('/registration')
  await page.fill('input[name="traits.email"]', email)
  await page.getByRole('button', { name: 'Sign up' }).click()
  await page.getByTestId('form-password').locator('input[name="password"]').fill(PASSWORD)
  const answer = page.waitForResponse((r) => r.url().startsWith(`${KRATOS}/self-service/registration?flow=`) && r.status() === 200)
  await page.getByTestId('form-password').getByRole('button', { name: 'Sign up' }).click()
  const { continue_with: continueWith } = await (await answer).json()
  const prepared = continueWith.find((item: { action: string }) => item.action === 'show_verification_ui').flow

  // The very flow Kratos prepared (no new one), its code already sent: the code input is there.
  await page.waitForURL(`/verification?flow=${prepared.id}`)
  await expect(page.getByTestId('flow-title')).toHaveText('Verify your e-mail address')
  const form = page.getByTestId('form-code')
  await expect(form.locator('input[name="code"]')).toBeVisible()

  const mailbox = await openMailbox(page, email, 1) // the registration's e-mail, and no other
  const code = await mailbox.getByTestId('mailbox-code').first().innerText()
  await mailbox.close()
  await form.locator('input[name="code"]').fill(code)
  await form.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByTestId('verified')).toHaveText('Your e-mail address is verified.')

  // No session hook: nobody is signed in yet; signing in shows the address verified.
  await page.goto('/login')
  await submitPassword(page, email)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  expect((await whoami(page)).identity.verifiable_addresses[0]).toMatchObject({ value: email, verified: true, status: 'completed' })
})

test('identifier-first login: the identifier, then the password signs in; "Use a different account" starts over', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  const other = await register(page)
  await signOut(page)
  await restartKratos(IDENTIFIER_FIRST)

  await page.goto('/login')
  const first = page.getByTestId('form-identifier_first')
  await first.locator('input[name="identifier"]').fill(other)
  await first.getByRole('button', { name: 'Continue' }).click()
  // The second screen: the account's methods, and who is signing in.
  await expect(page.getByTestId('identifier-chosen')).toContainText(other)
  await expect(page.getByTestId('form-password').locator('input[name="password"]')).toBeVisible()
  await expect(page.locator('input[name="identifier"]:not([type="hidden"])')).toHaveCount(0)

  // A way back to change the address: a new flow, the identifier asked again.
  const firstFlow = new URL(page.url()).searchParams.get('flow')
  await page.getByRole('button', { name: 'Use a different account' }).click()
  await expect(page.getByTestId('form-identifier_first').locator('input[name="identifier"]')).toHaveValue('')
  await expect(page.getByTestId('identifier-chosen')).toHaveCount(0)
  await expect.poll(() => new URL(page.url()).searchParams.get('flow')).not.toBe(firstFlow)

  await page.getByTestId('form-identifier_first').locator('input[name="identifier"]').fill(email)
  await page.getByTestId('form-identifier_first').getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByTestId('identifier-chosen')).toContainText(email)
  await submitPassword(page)
  await expect(page.getByTestId('session-email')).toHaveText(email)
  expect((await whoami(page)).authentication_methods.map((method: { method: string }) => method.method)).toEqual(['password'])
})

test('recovery by link: the page speaks of a link, the Mailbox link signs in and opens Settings, the new password works', async ({ page }) => {
  const email = await register(page)
  await signOut(page)
  await restartKratos(RECOVERY_BY_LINK)

  await page.goto('/recovery')
  await expect(page.getByTestId('recovery-intro')).toContainText('We send a link')
  await expect(page.getByTestId('recovery-intro')).not.toContainText('code')
  const form = page.getByTestId('form-link')
  await form.locator('input[name="email"]').fill(email)
  await form.getByRole('button').last().click()
  await expect(page.getByTestId('message-1060002')).toBeVisible() // "An email containing a recovery link has been sent…"

  const mailbox = await openMailbox(page, email, 2) // the registration's verification e-mail, and this one
  const link = mailbox.getByTestId('mailbox-link').first()
  await expect(link).toHaveAttribute('href', new RegExp(`^${KRATOS}/self-service/recovery\\?flow=.*token=`))
  await link.click()
  await mailbox.waitForURL(/\/settings\?flow=/)
  await expect(mailbox.getByTestId('message-1060001')).toContainText('You successfully recovered your account')
  await mailbox.getByTestId('form-password').locator('input[name="password"]').fill(NEW_PASSWORD)
  await mailbox.getByTestId('form-password').getByRole('button', { name: 'Save' }).click()
  await expect(mailbox.getByTestId('settings-saved')).toBeVisible()
  await mailbox.close()

  await signOut(page)
  await page.goto('/login')
  await submitPassword(page, email, NEW_PASSWORD)
  await expect(page.getByTestId('session-email')).toHaveText(email)
})

test('one-step (legacy) registration: the e-mail shows once, and the password form registers with it', async ({ page }) => {
  await restartKratos(ONE_STEP)
  const email = uniqueEmail()
  await page.goto('/registration')
  await expect(page.getByTestId('form-password')).toBeVisible()
  await expect(page.getByRole('textbox', { name: 'E-Mail', exact: true })).toHaveCount(1)
  await expect(page.locator('input[name="traits.email"]')).toHaveCount(1)
  await page.fill('input[name="traits.email"]', email)
  await page.getByTestId('form-password').locator('input[name="password"]').fill(PASSWORD)
  await page.getByTestId('form-password').getByRole('button', { name: 'Sign up' }).click()
  await page.waitForURL(/\/verification\?flow=/)
  await page.goto('/')
  await expect(page.getByTestId('session-email')).toHaveText(email)
})

test('one-step (legacy) registration by code: the one e-mail field goes with the code method', async ({ page }) => {
  await restartKratos(ONE_STEP)
  const email = uniqueEmail()
  await page.goto('/registration')
  await page.fill('input[name="traits.email"]', email)
  await page.getByTestId('form-code').getByRole('button', { name: 'Send sign up code' }).click()
  await expect(page.getByTestId('form-code').locator('input[name="code"]')).toBeVisible()
})
