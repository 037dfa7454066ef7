// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/registration/success.spec.ts,
// react variant (profile `verification`). Its "sends the warning email on double sign up" is an `xit`
// in Ory's file (kratos#133), so not counted.
import { test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, signIn } from '../../../helpers/browser'
import { registerByRequest } from '../../../helpers/login'
import { expectSession } from '../../../helpers/session'
import { expectAddress, verifyEmail } from '../../../helpers/verification'
import { DEMO_URL } from '../../../slot'

test.use({ profile: 'verification' })

// Ory's longVerificationLifespan().
const config = { selfservice: { flows: { verification: { lifespan: '1m' } } } }

test.describe('verification profile: registration success', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(config)
    await page.context().clearCookies()
  })

  test('is able to verify the email address after sign up', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password })
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await expectAddress(page, kratos, { email, verified: false })
    await verifyEmail(page, kratos, { email })
  })

  test('is redirected to after_verification_return_to after verification', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerByRequest(page, kratos, {
      traits: { email },
      password,
      query: { return_to: `${DEMO_URL}/verification_return_to_callback`, after_verification_return_to: `${DEMO_URL}/verification_callback` },
    })
    await page.context().clearCookies() // Ory's cy.login starts with no cookies either
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await verifyEmail(page, kratos, { email, redirectTo: `${DEMO_URL}/verification_callback` })
  })

  test('is redirected to `return_to` after verification', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerByRequest(page, kratos, { traits: { email }, password, query: { return_to: `${DEMO_URL}/verification_return_to_callback` } })
    await page.context().clearCookies()
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await verifyEmail(page, kratos, { email, redirectTo: `${DEMO_URL}/verification_return_to_callback` })
  })
})
