// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/logout/success.spec.ts, react
// variant (profile `spa`). Its other three cases return at once for the react app (express only).
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, signIn } from '../../../helpers/browser'
import { expectNoSession, expectSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

const email = gen.email()
const password = gen.password()

test.describe('email profile: successful logout', () => {
  test.beforeAll(async ({ kratos }) => {
    await kratos.configure()
    await registerApi(kratos, { email, password, traits: { website: 'https://www.example.org/' } })
  })

  test('signs out and can sign in again', async ({ page, context, kratos }) => {
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    expect((await context.cookies()).some(({ name }) => name === 'ory_kratos_session')).toBe(true)
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(async () => (await context.cookies()).some(({ name }) => name === 'ory_kratos_session')).toBe(false)
    await expectNoSession(page, kratos)
    // Ory's React app then opens its login page itself (an SPA's logout gets 204, no redirect);
    // the demo's sign-out returns to its home page ('/'). Signing in again works:
    await expect(page).toHaveURL(/:\d+\/$/)
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
  })
})
