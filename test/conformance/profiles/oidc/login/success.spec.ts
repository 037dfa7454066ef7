// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/oidc/login/success.spec.ts, react
// variant (profile `spa`): signing in through the provider, and linking it to an existing account.
import { expect, test } from '../../../oidc/fixtures'
import { OIDC_ISSUER } from '../../../oidc/clients'
import { registerApi } from '../../../helpers/api'
import { gen, input, submit } from '../../../helpers/browser'
import { logout } from '../../../helpers/logout'
import { addHiddenInput, answerExampleOrg, signInWithProvider, signUpWithProvider } from '../../../helpers/oidc'
import { expectNoSession, expectSession } from '../../../helpers/session'

test.use({ profile: 'spa' })

const website = 'https://www.ory.sh/'

test.describe('oidc profile: social sign-in successes', () => {
  test.beforeEach(async ({ kratos }) => {
    await kratos.configure()
  })

  test('signs up, signs out, and signs in', async ({ page, kratos }) => {
    await signUpWithProvider(page, kratos, { email: gen.email(), website })
    await logout(page, kratos)
    await signInWithProvider(page, kratos)
  })

  test('signs up and links the provider to an existing account', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password, traits: { website } })

    // The provider's e-mail is taken: Kratos answers with a sign-in flow (1010016), no session.
    await signUpWithProvider(page, kratos, { email, website, expectSession: false })
    await expectNoSession(page, kratos)

    // Signing in with the password links the provider.
    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos)

    await page.goto('/settings')
    const hydra = page.locator('[value="hydra"]')
    await expect(hydra).toHaveAttribute('name', 'unlink')
    await expect(hydra).toContainText('Unlink Ory')
  })

  test('signs up and in and is sent to return_to', async ({ page, kratos }) => {
    await answerExampleOrg(page)
    await signUpWithProvider(page, kratos, { email: gen.email(), website, route: '/registration?return_to=https://www.example.org/' })
    await expect(page).toHaveURL('https://www.example.org/')
    await logout(page, kratos)
    await signInWithProvider(page, kratos, { url: '/login?return_to=https://www.example.org/' })
    await expect(page).toHaveURL('https://www.example.org/')
  })

  test('signs in with upstream parameters', async ({ page, kratos }) => {
    await answerExampleOrg(page)
    const email = gen.email()
    await signUpWithProvider(page, kratos, { email, website, route: '/registration?return_to=https://www.example.org/' })
    await expect(page).toHaveURL('https://www.example.org/')
    await logout(page, kratos)
    // Hydra's authorization endpoint is /oauth2/auth; oidc-provider's is /auth.
    const authorization = page.waitForRequest((request) => request.method() === 'GET' && request.url().startsWith(`${OIDC_ISSUER}auth?`))
    await signInWithProvider(page, kratos, {
      url: '/login?return_to=https://www.example.org/',
      beforeTrigger: () => addHiddenInput(page, 'upstream_parameters.login_hint', email),
    })
    expect((await authorization).url()).toContain(`login_hint=${encodeURIComponent(email)}`)
    await expect(page).toHaveURL('https://www.example.org/')
  })
})
