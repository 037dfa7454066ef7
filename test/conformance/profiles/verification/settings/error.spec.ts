// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/settings/error.spec.ts,
// react variant (profile `verification`). Its third case is an `xit` in Ory's file (not counted).
import type { Page } from '@playwright/test'
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, input, signIn, submit } from '../../../helpers/browser'
import { expectSession } from '../../../helpers/session'
import { expectAddress, mailTo, shortLifespan, verifyEmailButExpired, verifyHrefPattern } from '../../../helpers/verification'

// Ory's longCodeLifespan().
const longCode = { selfservice: { methods: { code: { config: { lifespan: '1m' } } } } }

test.use({ profile: 'verification' })

/** Ory's `cy.get('input[name="traits.email"]').clear().type(email)` + the profile form's submit. */
async function changeEmail(page: Page, email: string) {
  await input(page, 'traits.email', 'profile').fill(email)
  await submit(page, 'profile').click()
}

test.describe('verification profile: settings errors', () => {
  let email: string

  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(longCode)
    await page.context().clearCookies()
    email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password }) // Ory's identityWithWebsite: its registerApi sends only the e-mail (the profile's schema has no website)
    await mailTo(kratos, email) // the registration's e-mail (Ory's cy.deleteMail({ atLeast: 1 }))
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await page.goto('/settings')
  })

  test('is unable to verify the email address if the code is no longer valid', async ({ page, kratos }) => {
    await kratos.configure(shortLifespan('code')) // Ory's cy.shortCodeLifespan
    await page.goto('/settings')
    const changed = `not-${email}`
    await changeEmail(page, changed)
    await verifyEmailButExpired(page, kratos, { email: changed })
  })

  test('is unable to verify the email address if the code is incorrect', async ({ page, kratos }) => {
    const changed = `not-${email}`
    await changeEmail(page, changed)
    const mail = await mailTo(kratos, changed)
    expect(mail.href).toMatch(verifyHrefPattern)
    await page.goto(`${mail.href}-not`) // a wrong code
    await expectAddress(page, kratos, { email: changed, verified: false })
  })
})
