// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/login/errors.spec.ts,
// react variant (profile `verification` with Ory's cy.enableLoginForVerifiedAddressOnly).
import { test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { expectMessage, gen, signIn } from '../../../helpers/browser'
import { expectNoSession } from '../../../helpers/session'
import { loginForVerifiedAddressOnly } from '../../../helpers/verification'

test.use({ profile: 'verification' })

test.describe('verification profile: sign-in errors', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(loginForVerifiedAddressOnly))

  test('is unable to login as long as the email is not verified', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password }) // Ory's identityWithWebsite: its registerApi sends only the e-mail (the profile's schema has no website)
    await signIn(page, { identifier: email, password })
    await expectMessage(page, 4000010, 'Account not active yet')
    await expectNoSession(page, kratos)
  })
})
