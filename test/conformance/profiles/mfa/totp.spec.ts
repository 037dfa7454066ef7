// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mfa/totp.spec.ts, react variant
// (profile `spa`). Not ported: "signin with 2fa and be redirected" returns at once unless the app
// is express.
import { expect, test } from '../../fixtures'
import { expectMessage, gen, input, settingsSaved, signIn, signUp, submit } from '../../helpers/browser'
import { expectSecondFactorScreen, linkTotp, sendTotp, totpSecret } from '../../helpers/mfa'
import { expectNoSession, expectSession } from '../../helpers/session'

test.use({ profile: 'spa' })

const website = 'https://www.example.org/'
// Ory's builder.longPrivilegedSessionTime().useLaxAal().disableCodeMfa() (the spa profile's own values).
const lax = { selfservice: { flows: { settings: { privileged_session_max_age: '5m', required_aal: 'aal1' } }, methods: { code: { mfa_enabled: false } } }, session: { whoami: { required_aal: 'aal1' } } }
// Ory's cy.requireStrictAal.
const strict = { selfservice: { flows: { settings: { required_aal: 'highest_available' } } }, session: { whoami: { required_aal: 'highest_available' } } }
let email = ''
let password = ''

test.describe('mfa: TOTP', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(lax)
    email = gen.email()
    password = gen.password()
    // Ory's cy.register: a browser registration that signs in (session hook).
    await signUp(page, { email, password, traits: { website } })
    await expectSession(page, kratos, { email })
  })

  test('is asked for the second factor once TOTP is set up', async ({ page, kratos }) => {
    await page.goto('/settings')
    const secret = await totpSecret(page)
    await kratos.configure(lax, strict)
    await sendTotp(page, secret)
    await expect(settingsSaved(page)).toBeVisible()
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'totp'] })

    await page.context().clearCookies()
    await signIn(page, { identifier: email, password })
    await expectSecondFactorScreen(page)
    // Settings leads back to the second factor.
    await page.goto('/settings')
    await expect(page).toHaveURL(/\/login/)
    await expectSecondFactorScreen(page)
    await sendTotp(page, secret)
    await expect(page).toHaveURL(/\/(welcome|sessions|settings)?(\?.*)?$/)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'totp'] })
  })

  test('goes through several TOTP lifecycles', async ({ page, kratos }) => {
    await page.goto('/settings')
    const form = page.getByTestId('form-totp')
    await expect(page.getByTestId('node-totp_secret_key')).toBeVisible()
    await expect(form.locator('img')).toBeVisible()
    const secret = await linkTotp(page)
    await expect(page.getByTestId('node-totp_secret_key')).toHaveCount(0)
    await expect(form.locator('img')).toHaveCount(0)
    await expect(submit(page, 'totp')).toHaveCount(0)
    await expect(page.locator('[name="totp_unlink"]')).toBeVisible()

    // The second factor, asked again.
    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await expect(input(page, 'totp_code', 'totp')).toBeVisible()
    await expect(submit(page, 'password')).toHaveCount(0)
    await input(page, 'totp_code', 'totp').fill('111111')
    await submit(page, 'totp').click()
    await expectMessage(page, 4000008, 'The provided authentication code is invalid, please try again.')
    await sendTotp(page, secret)
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'totp', 'totp'] })

    // Unlinking the app.
    await page.goto('/settings')
    await page.locator('[name="totp_unlink"]').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(page.getByTestId('node-totp_secret_key')).toBeVisible()
    await expect(form.locator('img')).toBeVisible()
    await expect(submit(page, 'totp')).toBeVisible()
    await expect(page.locator('[name="totp_unlink"]')).toHaveCount(0)

    // TOTP is gone from the second factor.
    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await expect(submit(page, 'totp')).toHaveCount(0)

    // A new app can be linked, and only its codes work.
    await page.goto('/settings')
    const newSecret = await linkTotp(page)
    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await sendTotp(page, secret)
    await expectMessage(page, 4000008, 'The provided authentication code is invalid, please try again.')
    await sendTotp(page, newSecret)
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'totp', 'totp', 'totp', 'totp'] })

    // Unlink and link again on the same settings flow.
    await page.goto('/settings')
    await page.locator('[name="totp_unlink"]').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(page.getByTestId('node-totp_secret_key')).toBeVisible()
    await linkTotp(page)
  })

  test('does not offer TOTP when it is not set up', async ({ page, kratos }) => {
    await page.goto('/login?aal=aal2')
    await expect(page).toHaveURL(/\/login/)
    await expect(submit(page, 'totp')).toHaveCount(0)
    await expect(submit(page, 'password')).toHaveCount(0)
    await expectSecondFactorScreen(page)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expectNoSession(page, kratos)
    // Ory's app lands on Kratos's logout return URL (/login); the demo's "Sign out" asks Kratos for
    // its home page ('/'). Either way: a fresh page, no aal2 or refresh login left.
    await expect(page).toHaveURL((url) => ['/', '/login'].includes(url.pathname) && !/aal|refresh/.test(url.search))
  })

  test('fails to set up TOTP when the code is wrong', async ({ page }) => {
    await page.goto('/settings')
    await input(page, 'totp_code', 'totp').fill('12345678')
    await submit(page, 'totp').click()
    await expectMessage(page, 4000008, 'The provided authentication code is invalid, please try again.')
  })

  test('changes other settings, then sets up TOTP', async ({ page }) => {
    await page.goto('/settings')
    await input(page, 'traits.website', 'profile').fill('https://some-website.com')
    await submit(page, 'profile').click()
    await expect(settingsSaved(page)).toBeVisible()
    await linkTotp(page)
  })
})
