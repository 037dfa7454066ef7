// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/two-steps/registration/code.spec.ts,
// react variant (profile `two-steps`: the traits first, then "send a code"; the code signs up).
// The mobile variant is Ory's React Native app (counted under profiles/mobile, not here).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { latestMail, type Mail } from '../../../helpers/mail'
import { expectNoSession, expectSession, signOut } from '../../../helpers/session'
import { ensureKratosE2eDir } from '../../../kratosModule'

test.use({ profile: 'two-steps' })

const website = 'https://www.example.org/'
const codeSent = 'An email containing a code has been sent to the email address you provided'
/** Ory's `cy.setPostCodeRegistrationHooks(hooks)`. */
const codeHooks = (hooks: { hook: string }[]) => ({ selfservice: { flows: { registration: { after: { code: { hooks } } } } } })

/** Ory's `cy.submitProfileForm` then `cy.submitCodeForm`: the traits, then "send a code". */
async function traitsThenCode(page: Page, traits: Record<string, string>) {
  for (const [name, value] of Object.entries(traits)) await input(page, `traits.${name}`, 'profile').fill(value)
  await submit(page, 'profile').click()
  await submit(page, 'code').click()
  await expectMessage(page, 1040005, codeSent)
}

/** The newest registration code e-mailed to `to` that is not one of `used` (Ory's getRegistrationCodeFromEmail). */
async function registrationCode(kratos: ConformanceKratos, to: string, used: Mail[] = []): Promise<Mail> {
  return latestMail(kratos, to, { template: 'registration_code_valid', skip: used.map(({ id }) => id) })
}

/** Types `code` into the code step and submits it. */
async function enterCode(page: Page, code: string) {
  await input(page, 'code', 'code').fill(code)
  await submit(page, 'code').click()
}

test.describe('two-steps profile: registration with a code', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await page.goto('/registration')
  })

  test('resends the registration code', async ({ page, kratos }) => {
    const email = gen.email()
    await traitsThenCode(page, { email, website })
    const first = await registrationCode(kratos, email)
    await expect(page.locator('input[name="method"][value="code"][type="hidden"]').first()).toBeAttached()
    await page.locator('button[name="resend"][value="code"]').click()
    const second = await registrationCode(kratos, email, [first])

    // The first code no longer works.
    await enterCode(page, first.code as string)
    await expectMessage(page, 4040003, 'The registration code is invalid or has already been used. Please try again.')

    // Back to the choice of method, and a code again.
    await page.locator('[name="screen"][value="credential-selection"]').click()
    await submit(page, 'code').click()
    const third = await registrationCode(kratos, email, [first, second])
    await enterCode(page, third.code as string)
    await expect(page.locator('main')).toContainText(email)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
    expect(identity?.id).toBeTruthy()
    expect(identity?.traits.email).toBe(email)
  })

  test('signs up and is signed in (session hook)', async ({ page, kratos }) => {
    const email = gen.email()
    await traitsThenCode(page, { email, website })
    const { code } = await registrationCode(kratos, email)
    await enterCode(page, code as string)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
    expect(identity?.id).toBeTruthy()
    expect(identity?.traits.email).toBe(email)
  })

  test('signs up without the session hook, then signs in with a code', async ({ page, kratos }) => {
    await kratos.configure(codeHooks([]))
    await page.goto('/registration')
    const email = gen.email()
    await traitsThenCode(page, { email, website })
    const { code } = await registrationCode(kratos, email)
    await enterCode(page, code as string)
    // No session hook: registered, not signed in; the page goes where Kratos's redirect_browser_to
    // says (its default_browser_return_url), as Kratos's own browser redirect does.
    await expect(page).not.toHaveURL(/\/registration/)
    await expectNoSession(page, kratos)

    await page.goto('/login')
    await input(page, 'identifier', 'code').fill(email)
    await submit(page, 'code').click()
    const login = await latestMail(kratos, email, { template: 'login_code_valid' })
    await enterCode(page, login.code as string)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
    expect(identity?.id).toBeTruthy()
    expect(identity?.traits.email).toBe(email)
  })

  test('signs up with one of two addresses and signs in with the other', async ({ page, kratos }) => {
    // Ory's cy.setIdentitySchema: a username and two e-mail addresses, each a code identifier.
    const schema = `file://${ensureKratosE2eDir()}/profiles/code/identity.complex.traits.schema.json`
    await kratos.configure(codeHooks([{ hook: 'session' }]), { identity: { default_schema_id: 'default', schemas: [{ id: 'default', url: schema }] } })
    try {
      await page.goto('/registration')
      const email = gen.email()
      const email2 = gen.email()
      await traitsThenCode(page, { username: Math.random().toString(36), email, email2 })
      const { code } = await registrationCode(kratos, email)
      await enterCode(page, code as string)
      await expectSession(page, kratos, { email })
      await signOut(page, kratos)

      await page.goto('/login')
      await input(page, 'identifier', 'code').fill(email2)
      await submit(page, 'code').click()
      const login = await latestMail(kratos, email2, { template: 'login_code_valid' })
      await enterCode(page, login.code as string)
      const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['code'] })
      expect(identity?.id).toBeTruthy()
      expect(identity?.verifiable_addresses).toHaveLength(2)
      expect(identity?.verifiable_addresses?.find(({ value }) => value === email)?.status).toBe('completed')
      expect(identity?.verifiable_addresses?.find(({ value }) => value === email2)?.status).toBe('completed')
      expect(identity?.traits.email).toBe(email)
    } finally {
      await kratos.configure()
    }
  })
})
