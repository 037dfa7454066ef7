// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/code/login/success.spec.ts, react
// variant (profile `code`, no hooks after a code registration or login): signing in with a code.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { identitySchemas } from '../../../helpers/identitySchema'
import { registerApi, registerWithCode } from '../../../helpers/api'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { latestMail, mails } from '../../../helpers/mail'
import { expectSession } from '../../../helpers/session'

test.use({ profile: 'code' })

const noHooks = { selfservice: { flows: { registration: { after: { code: { hooks: [] } } }, login: { after: { code: { hooks: [] } } } } } }
// Ory's cy.setIdentitySchema: the complex schema (username, email, email2) becomes the default.
const complexSchema = identitySchemas('complex', {
  default: 'profiles/code/identity.traits.schema.json',
  complex: 'profiles/code/identity.complex.traits.schema.json',
})
let email = ''

async function askForCode(page: Page, identifier: string) {
  await input(page, 'identifier', 'code').fill(identifier)
  await submit(page, 'code').click()
  await expect(input(page, 'code', 'code')).toBeVisible()
}

/** Ory's "session-content contains the e-mail" and its getSession assertions. */
async function expectSignedInWithCode(page: Page, kratos: ConformanceKratos, address: string, addresses = 1) {
  await expect(page).not.toHaveURL(/\/login/)
  await expect(page.getByTestId('session-email')).toHaveText(address)
  const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
  expect(identity?.id).toBeTruthy()
  expect(identity?.verifiable_addresses).toHaveLength(addresses)
  for (const verifiable of identity?.verifiable_addresses ?? []) expect(verifiable.status).toBe('completed')
  expect(identity?.traits.email).toBe(address)
}

test.describe('code profile: successful login', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(noHooks)
    email = gen.email()
    await registerWithCode(kratos, { email, traits: { tos: true } })
    await page.goto('/login')
  })

  test('signs in with a code', async ({ page, kratos }) => {
    await askForCode(page, email)
    const { code } = await latestMail(kratos, email, { template: 'login_code_valid' })
    await input(page, 'code', 'code').fill(code as string)
    await submit(page, 'code').click()
    await expectSignedInWithCode(page, kratos, email)
  })

  test('signs in with a code to an account registered with a password', async ({ page, kratos }) => {
    const other = gen.email()
    await registerApi(kratos, { email: other, password: gen.password(), traits: { tos: true } })
    const verification = await latestMail(kratos, other, { template: 'verification_code_valid' })
    expect(verification.code).toMatch(/^\d{6}$/)
    await page.context().clearCookies()
    await page.goto('/login')
    await askForCode(page, other)
    const { code } = await latestMail(kratos, other, { template: 'login_code_valid' })
    await input(page, 'code', 'code').fill(code as string)
    await submit(page, 'code').click()
    await expectSignedInWithCode(page, kratos, other)
  })

  test('resends the login code', async ({ page, kratos }) => {
    await askForCode(page, email)
    const first = await latestMail(kratos, email, { template: 'login_code_valid' })
    await page.locator('button[name="resend"]').click()
    const second = await latestMail(kratos, email, { template: 'login_code_valid', skip: [first.id] })
    expect(second.code).not.toBe(first.code)
    await input(page, 'code', 'code').fill(first.code as string)
    await submit(page, 'code').click()
    await expectMessage(page, 4010008, 'The login code is invalid or has already been used')
    await input(page, 'code', 'code').fill(second.code as string)
    await submit(page, 'code').click()
    await expectSignedInWithCode(page, kratos, email)
  })

  test('signs in with an address that was not verified', async ({ page, kratos }) => {
    await kratos.configure(noHooks, complexSchema)
    const first = gen.email()
    const second = gen.email()
    await registerWithCode(kratos, { email: first, traits: { username: Math.random().toString(36), email2: second } })
    await page.context().clearCookies()
    await page.goto('/login')
    await askForCode(page, second)
    const { code } = await latestMail(kratos, second, { template: 'login_code_valid' })
    expect((await mails(kratos, second)).filter((mail) => mail.template_type === 'login_code_valid')).toHaveLength(1)
    await input(page, 'code', 'code').fill(code as string)
    await submit(page, 'code').click()
    await expect(page.getByTestId('session-email')).toHaveText(first)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
    expect(identity?.verifiable_addresses).toHaveLength(2)
    expect(identity?.verifiable_addresses?.map((address) => address.status)).toEqual(['completed', 'completed'])
  })
})
