// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/login/success.spec.ts (profile
// `mobile`): a password sign-in on the mobile test app ends on Home with a session token.
import { test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen } from '../../../helpers/browser'
import { expectSignedIn, loginMobile } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

const website = 'https://www.ory.sh/'

test.describe('mobile profile: login', () => {
  test('signs in and is logged in', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password, traits: { website } })
    await loginMobile(page, { email, password })
    await expectSignedIn(page, { email, aal: 'aal1', methods: ['password'], traits: { website } })
  })
})
