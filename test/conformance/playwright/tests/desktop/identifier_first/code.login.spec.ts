// Port of Kratos v1.3.1 test/e2e/playwright/tests/desktop/identifier_first/code.login.spec.ts:
// identifier-first sign-in with a one-time code, account enumeration mitigation off and on, and a
// refresh. Config: Ory's Playwright base config plus each describe's overlay (their toConfig).
// Needs the demo to draw the `identifier_first` group (the `continue` helper's work, issue 21).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../../fixtures'
import { createIdentity } from '../../../../helpers/api'
import { expectMessage, gen, input, submit } from '../../../../helpers/browser'
import { mails } from '../../../../helpers/mail'
import { expectNoSession, expectSession } from '../../../../helpers/session'
import { playwrightOverlay, WELCOME_URL } from '../../../../helpers/playwrightConfig'

test.use({ profile: 'playwright' })

const codeOn = { methods: { code: { passwordless_enabled: true } } }

/** Ory's `identity` fixture: a new identity (schema `email`) with a password, made by the admin API. */
async function newIdentity(kratos: ConformanceKratos) {
  const email = gen.email()
  await createIdentity(kratos, { email, password: gen.password() })
  return email
}

/** Ory's `LoginPage.submitIdentifierFirst`: the identifier, then "Continue" (method identifier_first). */
async function submitIdentifier(page: Page, identifier: string) {
  await page.goto('/login')
  await input(page, 'identifier').first().fill(identifier)
  await submit(page, 'identifier_first').click()
}

/** Ory's `triggerLoginWithCode`: the identifier first, then "send a code". */
async function triggerCode(page: Page, identifier: string) {
  await submitIdentifier(page, identifier)
  await submit(page, 'code').click()
  await expect(input(page, 'code')).toBeVisible()
}

/** The one code e-mailed to `to` so far (Ory's `search` expects exactly one), or the ones not in `skip`. */
async function onlyCode(kratos: ConformanceKratos, to: string, skip: string[] = []): Promise<string> {
  let codes: string[] = []
  await expect.poll(async () => (codes = (await mails(kratos, to)).map(({ body }) => body.match(/^\s*(\d{6})\s*$/m)?.[1] ?? '').filter((code) => code && !skip.includes(code))).length).toBe(1)
  return codes[0] as string
}

/** Types the code and presses the code form's "Continue". */
async function enterCode(page: Page, code: string) {
  await input(page, 'code').fill(code)
  await page.locator('button[type="submit"][value="code"]').getByText('Continue').click()
}

// Ory's two describes: off (password and code), on (the password method off, codes only).
const enumerationOff = playwrightOverlay({ mitigateEnumeration: false, selfservice: codeOn })
const enumerationOn = playwrightOverlay({ mitigateEnumeration: true, selfservice: { methods: { password: { enabled: false }, ...codeOn.methods } } })

async function wrongCodeFails(page: Page, kratos: ConformanceKratos) {
  const email = await newIdentity(kratos)
  await triggerCode(page, email)
  await enterCode(page, '123123')
  await expectNoSession(page, kratos)
  await expectMessage(page, 4010008)
}

async function codeSignsIn(page: Page, kratos: ConformanceKratos) {
  const email = await newIdentity(kratos)
  await triggerCode(page, email)
  await enterCode(page, await onlyCode(kratos, email))
  await expectSession(page, kratos, { email })
}

test.describe('account enumeration protection off', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(enumerationOff))

  test('login fails because the user does not exist', async ({ page }) => {
    await submitIdentifier(page, 'i@donot.exist')
    await expectMessage(page, 4000037)
  })

  test('login with a wrong code fails', async ({ page, kratos }) => wrongCodeFails(page, kratos))

  test('login succeeds', async ({ page, kratos }) => codeSignsIn(page, kratos))
})

test.describe('account enumeration protection on', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(enumerationOn))

  test('login "fails" for a user that does not exist: the code form, as for anyone', async ({ page }) => {
    await submitIdentifier(page, 'i@donot.exist')
    await expect(page.locator('button[name="method"][value="code"]')).toBeVisible()
  })

  test('login with a wrong code fails', async ({ page, kratos }) => wrongCodeFails(page, kratos))

  test('login succeeds', async ({ page, kratos }) => codeSignsIn(page, kratos))
})

test.describe('refresh', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(playwrightOverlay({ selfservice: codeOn })))

  test('refresh', async ({ page, kratos }) => {
    const email = await newIdentity(kratos)
    await triggerCode(page, email)
    const first = await onlyCode(kratos, email)
    await enterCode(page, first)
    const initial = await expectSession(page, kratos)

    await page.goto('/login?refresh=true')
    await input(page, 'identifier').first().fill(email)
    await submit(page, 'code').click()
    await enterCode(page, await onlyCode(kratos, email, [first]))
    await page.waitForURL(WELCOME_URL)
    const refreshed = await expectSession(page, kratos)
    expect(Date.parse(refreshed.authenticated_at as string)).toBeGreaterThanOrEqual(Date.parse(initial.authenticated_at as string))
  })
})
