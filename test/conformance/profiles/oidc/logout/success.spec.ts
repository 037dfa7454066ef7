// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/logout/success.spec.ts, react
// variant (profile `spa`): signing out after signing up through the provider.
import { expect, test } from '../../../oidc/fixtures'
import { gen } from '../../../helpers/browser'
import { signUpWithProvider } from '../../../helpers/oidc'
import { expectNoSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

test.describe('oidc profile: social sign-out', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    await signUpWithProvider(page, kratos, { email: gen.email(), website: 'https://www.ory.sh/' })
  })

  test('signs out and can sign in again', async ({ page, context, kratos }) => {
    await page.getByRole('button', { name: 'Sign out' }).click()
    await expect.poll(async () => (await context.cookies()).some(({ name }) => name === 'ory_kratos_session')).toBe(false)
    await expectNoSession(page, kratos)
    // Ory's React app then opens its login page itself (an SPA's logout gets 204, no redirect);
    // the demo's sign-out returns to its home page, which offers the sign-in.
    await expect(page).toHaveURL(/:\d+\/$/)
  })
})
