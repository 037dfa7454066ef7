// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/settings/success.spec.ts, react
// variant (profile `spa`). The cases run in order and share one identity, as Ory's do.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { expectMessage, gen, input, message, settingsSaved, signIn, submit } from '../../../helpers/browser'
import { latestMail } from '../../../helpers/mail'
import { expectNoSession, expectSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

let email = gen.email()
let password = gen.password()
const website = 'https://www.example.org/'
const up = (value: string) => `not-${value}`
const down = (value: string) => value.replace(/not-/, '')
// Ory's cy.shortPrivilegedSessionTime.
const shortPrivileged = { selfservice: { flows: { settings: { privileged_session_max_age: '1ms' } } } }

/** Ory's cy.reauth: the login page asks again for this identity; the password is typed, sent. */
async function reauth(page: Page, kratos: ConformanceKratos, { email: expected, password: typed }: { email: string; password: string }) {
  await expect(page).toHaveURL(/\/login/)
  await expect(input(page, 'identifier', 'password')).toHaveValue(expected)
  await input(page, 'password', 'password').fill(typed)
  await kratos.configure() // Ory's cy.longPrivilegedSessionTime
  await submit(page, 'password').click()
  await expect(page).not.toHaveURL(/\/login/)
}

/** Ory's cy.login expecting no session: a password sign-in that Kratos refuses. */
async function expectSignInRefused(page: Page, kratos: ConformanceKratos, identifier: string, secret: string) {
  await page.context().clearCookies()
  await signIn(page, { identifier, password: secret })
  await expectMessage(page, 4000006)
  await expectNoSession(page, kratos)
}

test.describe('email profile: successful settings', () => {
  test.beforeAll(async ({ kratos }) => {
    await kratos.configure()
    await registerApi(kratos, { email, password, traits: { website } })
  })
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await page.context().clearCookies()
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await page.goto('/settings')
    await expect(input(page, 'traits.email', 'profile')).toBeVisible()
  })

  test('shows all settings forms', async ({ page }) => {
    await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible()
    await expect(input(page, 'traits.email', 'profile')).toHaveValue(email)
    await expect(input(page, 'traits.website', 'profile')).toHaveValue(website)
    await expect(page.getByRole('heading', { name: 'Password' })).toBeVisible()
    await expect(input(page, 'password', 'password')).toHaveValue('')
  })

  // Found by this port: after Kratos rejected "123" (4000032, its password node empty) the field
  // still held "123". Fixed in the SDK: a form submitted through getFormProps() takes Kratos's node
  // values after each answer (test/flows/fieldsTakeKratosValues.test.tsx).
  test('modifies the password with a privileged session', async ({ page }) => {
    await input(page, 'password', 'password').fill('123')
    await submit(page, 'password').click()
    await expect(message(page, 4000032).first()).toBeVisible()
    await expect(settingsSaved(page)).toHaveCount(0)
    await expect(input(page, 'password', 'password')).toHaveValue('')
    password = up(password)
    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(message(page, 4000032)).toHaveCount(0)
    await expect(input(page, 'password', 'password')).toHaveValue('')
  })

  // Depends on the case before (it changes the password).
  test('is unable to sign in with the old password', async ({ page, kratos }) => {
    await expectSignInRefused(page, kratos, email, down(password))
  })

  // Found by this port: the change was not saved after the re-authentication. Kratos paused it (its
  // continuity cookie) and named a login whose return_to, its own settings endpoint, applies it;
  // the SDK rewrote that return_to to the page. Fixed: the SDK follows Kratos's login URL.
  test('modifies the password with an unprivileged session', async ({ page, kratos }) => {
    password = up(password)
    await input(page, 'password', 'password').fill(password)
    await kratos.configure(shortPrivileged)
    await submit(page, 'password').click()
    await reauth(page, kratos, { email, password: down(password) })
    await expect(page).toHaveURL(/\/settings/)
    await expect(settingsSaved(page)).toBeVisible()
    await expect(input(page, 'password', 'password')).toHaveValue('')
  })

  test('modifies unprotected traits', async ({ page }) => {
    await input(page, 'traits.website', 'profile').fill('https://github.com/ory')
    await input(page, 'traits.age', 'profile').fill('30')
    await input(page, 'traits.tos', 'profile').check()
    await submit(page, 'profile').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(input(page, 'traits.website', 'profile')).toHaveValue('https://github.com/ory')
    await expect(input(page, 'traits.tos', 'profile')).toBeChecked()
    await input(page, 'traits.tos', 'profile').uncheck()
    await expect(input(page, 'traits.age', 'profile')).toHaveValue('30')
    await input(page, 'traits.age', 'profile').fill('90')
    await submit(page, 'profile').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(input(page, 'traits.tos', 'profile')).not.toBeChecked()
    await expect(input(page, 'traits.age', 'profile')).toHaveValue('90')
  })

  // Contradicts the last case with this profile (verification on): Kratos answers this save with
  // continue_with show_verification_ui too, and the SDK now follows it (the last case needs that),
  // so the settings page with its saved notice and new address is gone. Ory's React app shows both
  // only until its route change to /verification completes (it sets the flow, then pushes the
  // route); Ory's own verification/settings/success.spec.ts guards these two assertions with
  // `if (app == "express")`. Not a bug to fix: the two cases cannot both hold without that race.
  test.fixme('modifies a protected trait with a privileged session', async ({ page }) => {
    email = up(email)
    await input(page, 'traits.email', 'profile').fill(email)
    await submit(page, 'profile').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(input(page, 'traits.email', 'profile')).toHaveValue(email)
  })

  // Depends on the case before (its e-mail change): fixme with it.
  test.fixme('is unable to sign in with the old email', async ({ page, kratos }) => {
    await expectSignInRefused(page, kratos, down(email), password)
  })

  // As "modifies the password with an unprivileged session" (fixed).
  test('modifies a protected trait with an unprivileged session', async ({ page, kratos }) => {
    email = up(email)
    await input(page, 'traits.email', 'profile').fill(email)
    await kratos.configure(shortPrivileged)
    await submit(page, 'profile').click()
    await reauth(page, kratos, { email: down(email), password })
    await expect(page).toHaveURL(/\/settings/)
    await expect(settingsSaved(page)).toBeVisible()
    await expect(input(page, 'traits.email', 'profile')).toHaveValue(email)
  })

  // Found by this port: Kratos answers continue_with show_verification_ui (the new address's code
  // sent) and the SDK stayed on /settings. Fixed: a settings save follows the verification flow
  // Kratos prepared, as Ory's apps do (test/flows/settingsVerification.test.tsx).
  test('shows the verification screen after an e-mail update', async ({ page, kratos }) => {
    await kratos.configure({ selfservice: { flows: { verification: { enabled: true } } } }) // Ory's cy.enableVerification
    email = up(email)
    await input(page, 'traits.email', 'profile').fill(email)
    await submit(page, 'profile').click()
    await expect(page).toHaveURL(/verification/)
    const { code } = await latestMail(kratos, email, { template: 'verification_code_valid' })
    await input(page, 'code').fill(code as string)
    await submit(page, 'code').click()
    await expectMessage(page, 1080002, 'You successfully verified your email address.')
  })
})
