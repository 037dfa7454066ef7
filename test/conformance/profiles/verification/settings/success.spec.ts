// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/settings/success.spec.ts,
// react variant (profile `verification`). Its second case is an `xit` in Ory's file (not counted).
import { test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, input, signIn, submit } from '../../../helpers/browser'
import { expectSession } from '../../../helpers/session'
import { mailTo, verifyEmail } from '../../../helpers/verification'

test.use({ profile: 'verification' })

test.describe('verification profile: settings success', () => {
  let email: string

  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure() // the profile as it is
    await page.context().clearCookies()
    email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password })
    await mailTo(kratos, email) // the registration's e-mail (Ory's cy.deleteMail({ atLeast: 1 }))
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await page.goto('/settings')
  })

  test('should update the verify address and request a verification email', async ({ page, kratos }) => {
    const changed = `not-${email}`
    await input(page, 'traits.email', 'profile').fill(changed)
    await submit(page, 'profile').click()
    await verifyEmail(page, kratos, { email: changed })
  })
})
