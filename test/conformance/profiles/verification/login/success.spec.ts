// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/login/success.spec.ts,
// react variant (profile `verification` with Ory's cy.enableLoginForVerifiedAddressOnly).
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, signIn } from '../../../helpers/browser'
import { expectSession } from '../../../helpers/session'
import { addressVerified, loginForVerifiedAddressOnly, performEmailVerification } from '../../../helpers/verification'

test.use({ profile: 'verification' })

test.describe('verification profile: sign-in success', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(loginForVerifiedAddressOnly))

  test('is able to login after successful email verification', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password }) // Ory's identityWithWebsite: its registerApi sends only the e-mail (the profile's schema has no website)
    await performEmailVerification(page, kratos, { email })
    // Ory's next step (cy.visit) waits for the code's page to load; here: until Kratos holds it verified.
    await expect.poll(() => addressVerified(kratos, email)).toBe(true)
    await signIn(page, { identifier: email, password })
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { email })
  })
})
