// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/registration/errors.spec.ts,
// react variant (profile `spa`, `registration.login_hints` on). "The password has leaked before" asks
// a stand-in for api.pwnedpasswords.com on this machine (helpers/pwnedPasswords.ts).
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { anyMessage, expectMessage, fill, gen, input, message, removeAttribute, submit } from '../../../helpers/browser'
import { startPwnedPasswords } from '../../../helpers/pwnedPasswords'

test.use({ profile: 'spa' })

const identity = gen.email()
const password = gen.password()
const website = 'https://www.example.org/'
const send = (page: import('@playwright/test').Page) => submit(page, 'password').click()

const loginHints = { selfservice: { flows: { registration: { login_hints: true } } } }

test.describe('email profile: registration errors', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure(loginHints))
  test.beforeEach(async ({ page }) => {
    await page.goto('/registration')
    await expect(input(page, 'traits.email', 'password')).toBeVisible()
  })

  // The SDK gap of login/error.spec.ts (fixed): the restarted flow says why the form is empty.
  test('fails when CSRF cookies are missing', async ({ page, context }) => {
    const pathname = new URL(page.url()).pathname
    await fill(page, 'password', { 'traits.website': 'https://www.ory.sh', 'traits.email': identity, password: '12345678' })
    const csrf = (await context.cookies()).find(({ name }) => name.includes('csrf'))
    expect(csrf).toBeDefined()
    await context.clearCookies({ name: csrf?.name ?? '' })
    await send(page)
    // Ory's React app words it itself ("A security violation was detected, please fill out the form
    // again."); the SDK shows Kratos's reason for the restart as message 4000001 above the new form.
    await expectMessage(page, 4000001, /rejected to protect you from Cross-Site-Request-Forgery/)
    expect(new URL(page.url()).pathname).toBe(pathname)
  })

  test('fails when a disallowed return_to url is requested', async ({ page }) => {
    await page.goto('/registration?return_to=https://not-allowed')
    await expect(page.getByRole('alert').filter({ hasText: /return_to URL "https:\/\/not-allowed\/?" is not allowed/ })).toBeVisible()
    expect(new URL(page.url()).pathname).toBe('/registration')
  })

  test('shows an error when the password has leaked before', async ({ page, kratos }) => {
    // Kratos's default policy (max_breaches 0) refuses any password the range API lists.
    const pwned = await startPwnedPasswords({ '12345678': 3 })
    try {
      await kratos.configure(loginHints, pwned.overlay)
      await page.goto('/registration')
      await fill(page, 'password', { 'traits.website': 'https://www.ory.sh', 'traits.email': identity, password: '12345678' })
      await expect(input(page, 'traits.email', 'password')).toHaveValue(identity)
      await expect(input(page, 'password', 'password')).toHaveValue('12345678')
      await send(page)
      await expectMessage(page, 4000034, 'data breaches')
      expect(pwned.asked).toContain('7C222') // SHA-1 of 12345678 begins 7C222FB2…
    } finally {
      await pwned.close()
      await kratos.configure(loginHints)
    }
  })

  test('shows an error when the password is too similar', async ({ page }) => {
    await fill(page, 'password', { 'traits.website': 'https://www.ory.sh', 'traits.email': identity, password: identity })
    await send(page)
    await expectMessage(page, 4000031, 'too similar')
  })

  test('shows an error when the password is empty', async ({ page }) => {
    await fill(page, 'password', { 'traits.website': 'https://www.ory.sh', 'traits.email': identity })
    await removeAttribute(page, 'password', ['password'])
    await send(page)
    await expect(anyMessage(page).first()).toHaveText(/^(length must be >= 1, but got 0|Property password is missing\.)$/)
  })

  test('shows an error when the email is empty', async ({ page }) => {
    await fill(page, 'password', { 'traits.website': 'https://www.ory.sh', password })
    await removeAttribute(page, 'password', ['traits.email'])
    await send(page)
    await expect(anyMessage(page).first()).toHaveText(/^("" is not valid "email"|length must be >= 3, but got 0|Property email is missing\.)$/)
  })

  test('shows an error when the email is not an email', async ({ page }) => {
    await fill(page, 'password', { 'traits.website': 'https://www.ory.sh', password })
    await input(page, 'traits.email', 'password').fill('not-an-email')
    // After typing: React draws the input again on a change and would put type="email" back.
    await removeAttribute(page, 'password', ['traits.email'], 'type')
    await send(page)
    await expect(message(page, 4000001).or(message(page, 4000002)).first()).toBeVisible()
  })

  test('shows a missing indicator if no fields are set', async ({ page }) => {
    await removeAttribute(page, 'password', ['traits.email', 'traits.website', 'password'])
    await send(page)
    await expect(message(page, 4000001).or(message(page, 4000002)).first()).toBeVisible()
  })

  test('shows an error when the website is not a valid URI', async ({ page }) => {
    const field = input(page, 'traits.website', 'password')
    await field.fill('1234')
    expect(await field.evaluate((element: HTMLInputElement) => element.validationMessage)).toContain('URL')
  })

  test('shows an error when the website is too short', async ({ page }) => {
    await removeAttribute(page, 'password', ['traits.email', 'password'])
    await input(page, 'traits.website', 'password').fill('http://s')
    await send(page)
    await expectMessage(page, 4000003, 'length must be >= 10')
  })

  test('shows an error when required params are missing', async ({ page }) => {
    for (const name of ['traits.website', 'traits.email', 'password']) await input(page, name, 'password').evaluate((field) => field.remove())
    await send(page)
    for (const property of ['website', 'email', 'password']) await expect(message(page, 4000002).filter({ hasText: `Property ${property} is missing.` }).first()).toBeVisible()
  })

  test('shows an error when the age is too high', async ({ page }) => {
    await removeAttribute(page, 'password', ['traits.email', 'traits.website', 'password'])
    await input(page, 'traits.age', 'password').fill('600')
    await send(page)
    await expectMessage(page, 4000020, 'must be <= 300 but found 600')
  })

  test('shows a hint for an existing account', async ({ page, kratos }) => {
    const email = gen.email()
    const secret = gen.password()
    await registerApi(kratos, { email, password: secret, traits: { website } })
    await fill(page, 'password', { 'traits.email': email, password: secret, 'traits.website': website, 'traits.age': '30' })
    await send(page)
    await expectMessage(page, 4000028, `You tried signing in with ${email} which is already in use by another account. You can sign in using your password.`)
  })
})
