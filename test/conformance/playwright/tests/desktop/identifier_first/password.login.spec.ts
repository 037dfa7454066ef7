// Port of Kratos v1.3.1 test/e2e/playwright/tests/desktop/identifier_first/password.login.spec.ts:
// identifier-first sign-in with a password (the identifier, "Continue", then the password), account
// enumeration mitigation off and on, and a refresh that adds a second authentication method.
// Config: Ory's Playwright base config plus each describe's overlay (their toConfig), codes off.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../../fixtures'
import { createIdentity } from '../../../../helpers/api'
import { expectMessage, gen, input, submit } from '../../../../helpers/browser'
import { loginByRequest } from '../../../../helpers/login'
import { expectNoSession, expectSession } from '../../../../helpers/session'
import { playwrightOverlay, WELCOME_URL } from '../../../../helpers/playwrightConfig'

test.use({ profile: 'playwright' })

const passwordOnly = { methods: { password: { enabled: true }, code: { passwordless_enabled: false } } }

/** Ory's `identity` fixture: a new identity (schema `email`) with a password, made by the admin API. */
async function newIdentity(kratos: ConformanceKratos) {
  const user = { email: gen.email(), password: gen.password() }
  await createIdentity(kratos, user)
  return user
}

/** Ory's `LoginPage.submitIdentifierFirst`: the identifier, then "Continue" (method identifier_first). */
async function submitIdentifier(page: Page, identifier: string) {
  await input(page, 'identifier').first().fill(identifier)
  await submit(page, 'identifier_first').click()
}

/** The second screen's password, then "Sign in" (method password); Ory waits for /welcome. */
async function submitPassword(page: Page, password: string, { toWelcome }: { toWelcome: boolean }) {
  await input(page, 'password').fill(password)
  await submit(page, 'password').click()
  if (toWelcome) await page.waitForURL(WELCOME_URL)
}

async function unknownIdentifier(page: Page, mitigateEnumeration: boolean) {
  await page.goto('/login')
  await submitIdentifier(page, 'i@donot.exist')
  // Off: Kratos says the account does not exist. On: it shows the password form as for anyone.
  if (mitigateEnumeration) await expect(page.locator('button[name="method"][value="password"]')).toBeVisible()
  else await expectMessage(page, 4000037)
}

async function wrongPasswordFails(page: Page, kratos: ConformanceKratos) {
  const { email } = await newIdentity(kratos)
  await page.goto('/login')
  await submitIdentifier(page, email)
  await submitPassword(page, 'wrong-password', { toWelcome: false })
  await expectNoSession(page, kratos)
  await expectMessage(page, 4000006)
}

async function passwordSignsIn(page: Page, kratos: ConformanceKratos) {
  const { email, password } = await newIdentity(kratos)
  await page.goto('/login')
  await submitIdentifier(page, email)
  await page.waitForURL(/\/login/)
  await submitPassword(page, password, { toWelcome: true })
  const session = await expectSession(page, kratos, { email })
  expect(session.active).toBe(true)
}

/** Signed in already (Ory's `loginWithPassword` by API), `?refresh=true` asks for the password again. */
async function refreshAddsAMethod(page: Page, kratos: ConformanceKratos) {
  const { email, password } = await newIdentity(kratos)
  await loginByRequest(page, kratos, { email, password })

  await page.goto('/login?refresh=true')
  await expectMessage(page, 1010003)

  const initial = await expectSession(page, kratos, { email })
  await submitPassword(page, password, { toWelcome: true })
  await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe((initial.authentication_methods?.length ?? 0) + 1)
}

test.describe('account enumeration protection off', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(playwrightOverlay({ mitigateEnumeration: false, selfservice: passwordOnly })))

  test('login fails because user does not exist', async ({ page }) => unknownIdentifier(page, false))

  test('login with wrong password fails', async ({ page, kratos }) => wrongPasswordFails(page, kratos))

  test('login succeeds', async ({ page, kratos }) => passwordSignsIn(page, kratos))

  test('login with refresh', async ({ page, kratos }) => refreshAddsAMethod(page, kratos))
})

test.describe('account enumeration protection on', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(playwrightOverlay({ mitigateEnumeration: true, selfservice: passwordOnly })))

  test('login fails because user does not exist', async ({ page }) => unknownIdentifier(page, true))

  test('login with wrong password fails', async ({ page, kratos }) => wrongPasswordFails(page, kratos))

  test('login succeeds', async ({ page, kratos }) => passwordSignsIn(page, kratos))

  test('login with refresh', async ({ page, kratos }) => refreshAddsAMethod(page, kratos))
})
