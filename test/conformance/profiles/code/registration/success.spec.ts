// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/code/registration/success.spec.ts,
// react variant (profile `code`: show_verification_ui and session after a code registration).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { identitySchemas } from '../../../helpers/identitySchema'
import { registerWithCode } from '../../../helpers/api'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { latestMail, mails } from '../../../helpers/mail'
import { expectNoSession, expectSession } from '../../../helpers/session'

test.use({ profile: 'code' })

const codeRegistrationHooks = (hooks: { hook: string }[]) => ({ selfservice: { flows: { registration: { after: { code: { hooks } } } } } })
// Ory's cy.setIdentitySchema: the complex schema (username, email, email2) becomes the default.
const complexSchema = identitySchemas('complex', {
  default: 'profiles/code/identity.traits.schema.json',
  complex: 'profiles/code/identity.complex.traits.schema.json',
})

async function askForCode(page: Page, email: string) {
  await input(page, 'traits.email', 'code').fill(email)
  await input(page, 'traits.tos', 'code').check()
  await submit(page, 'code').click()
  await expectMessage(page, 1040005, 'An email containing a code has been sent to the email address you provided')
}

async function sendCode(page: Page, code: string | undefined) {
  await input(page, 'code', 'code').fill(code as string)
  await submit(page, 'code').click()
}

/** Ory's getSession assertions after a code sign-up or sign-in: one verified address. */
async function expectCodeSession(page: Page, kratos: ConformanceKratos, email: string) {
  const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
  expect(identity?.id).toBeTruthy()
  expect(identity?.verifiable_addresses).toHaveLength(1)
  expect(identity?.verifiable_addresses?.[0]?.status).toBe('completed')
  expect(identity?.traits.email).toBe(email)
}

test.describe('code profile: successful registration', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await page.goto('/registration')
    await expect(input(page, 'traits.email', 'code')).toBeVisible()
  })

  test('resends the registration code', async ({ page, kratos }) => {
    const email = gen.email()
    await askForCode(page, email)
    const first = await latestMail(kratos, email, { template: 'registration_code_valid' })
    await expect(page.locator('input[type="hidden"][name="method"][value="code"]')).toHaveCount(1)
    await page.locator('button[name="resend"][value="code"]').click()
    const second = await latestMail(kratos, email, { template: 'registration_code_valid', skip: [first.id] })
    await sendCode(page, first.code)
    await expectMessage(page, 4040003, 'The registration code is invalid or has already been used. Please try again.')
    await sendCode(page, second.code)
    await expectCodeSession(page, kratos, email)
  })

  test('signs up and is signed in with the session hook', async ({ page, kratos }) => {
    const email = gen.email()
    await askForCode(page, email)
    const { code } = await latestMail(kratos, email, { template: 'registration_code_valid' })
    await sendCode(page, code)
    await expect(page.getByTestId('session-email')).toHaveText(email)
    await expectCodeSession(page, kratos, email)
  })

  test('signs up without the session hook, then signs in with a code', async ({ page, kratos }) => {
    await kratos.configure(codeRegistrationHooks([]))
    await page.goto('/registration')
    const email = gen.email()
    await askForCode(page, email)
    const { code } = await latestMail(kratos, email, { template: 'registration_code_valid' })
    await sendCode(page, code)
    // Registered, not signed in; the page goes where Kratos's redirect_browser_to says (its
    // default_browser_return_url), as Kratos's own browser redirect does, before the next visit.
    await expect(page).not.toHaveURL(/\/registration/)
    await expectNoSession(page, kratos)
    await page.goto('/login')
    await input(page, 'identifier', 'code').fill(email)
    await submit(page, 'code').click()
    const login = await latestMail(kratos, email, { template: 'login_code_valid' })
    await sendCode(page, login.code)
    await expect(page.getByTestId('session-email')).toHaveText(email)
    await expectCodeSession(page, kratos, email)
  })

  test('recovers an account registered with a code', async ({ page, kratos }) => {
    const email = gen.email()
    await registerWithCode(kratos, { email, traits: { tos: true } })
    await page.context().clearCookies()
    await page.goto('/recovery')
    await input(page, 'email', 'code').fill(email)
    await submit(page, 'code').click()
    const { code } = await latestMail(kratos, email, { template: 'recovery_code_valid' })
    await input(page, 'code', 'code').fill(code as string)
    await submit(page, 'code').click()
    const { identity } = await expectSession(page, kratos, { aal: 'aal1' })
    expect(identity?.id).toBeTruthy()
    expect(identity?.traits.email).toBe(email)
  })

  // Kratos answers continue_with [show_verification_ui] (the verification flow for email2, code
  // sent); the SDK lands on '/' (signed in) instead: issue 21's continue_with bug, being fixed by
  // the `continue` work. Everything before that step passes.
  test('signs up with several identifiers and signs in with the second', async ({ page, kratos }) => {
    await kratos.configure(codeRegistrationHooks([{ hook: 'session' }, { hook: 'show_verification_ui' }]), complexSchema)
    await page.goto('/registration')
    await input(page, 'traits.username', 'code').fill(Math.random().toString(36))
    const email = gen.email()
    const email2 = gen.email()
    await input(page, 'traits.email', 'code').fill(email)
    await input(page, 'traits.email2', 'code').fill(email2)
    await submit(page, 'code').click()
    await expectMessage(page, 1040005, 'An email containing a code has been sent to the email address you provided')
    // Only the first address gets the code.
    expect((await mails(kratos, email)).filter((mail) => mail.template_type === 'registration_code_valid')).toHaveLength(1)
    const { code } = await latestMail(kratos, email, { template: 'registration_code_valid' })
    await sendCode(page, code)
    // Kratos's show_verification_ui: the verification flow it prepared ("we sent you a code").
    await expectMessage(page, 1080003)
    await page.context().clearCookies() // Ory's cy.logout
    await expectNoSession(page, kratos)
    await page.goto('/login')
    await input(page, 'identifier', 'code').fill(email2)
    await submit(page, 'code').click()
    const login = await latestMail(kratos, email2, { template: 'login_code_valid' })
    expect((await mails(kratos, email2)).filter((mail) => mail.template_type === 'login_code_valid')).toHaveLength(1)
    await sendCode(page, login.code)
    await expect(page.getByTestId('session-email')).toHaveText(email)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
    expect(identity?.verifiable_addresses).toHaveLength(2)
    expect(identity?.verifiable_addresses?.find((address) => address.value === email)?.status).toBe('completed')
    expect(identity?.verifiable_addresses?.find((address) => address.value === email2)?.status).toBe('completed')
    expect(identity?.traits.email).toBe(email)
  })
})
