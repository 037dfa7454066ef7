// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/login/success.spec.ts, react
// variant (profile `spa`): signing in with a password. The express-only case (return_to after an
// expired flow) is not part of the react variant.
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { fill, gen, submit } from '../../../helpers/browser'
import { expectDefaultIdentity } from '../../../helpers/session'

test.use({ profile: 'spa' })

const email = gen.email()
const password = gen.password()
const website = 'https://www.example.org/'

test.describe('email profile: successful login', () => {
  test.beforeAll(async ({ kratos }) => {
    await kratos.configure()
    await registerApi(kratos, { email, password, traits: { website } })
  })

  test('signs in and is signed in', async ({ page, kratos }) => {
    await page.goto('/login')
    await fill(page, 'password', { identifier: email, password })
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectDefaultIdentity(page, kratos, { email, website })
  })

  test('signs in with a case-insensitive identifier surrounded by whitespace', async ({ page, kratos }) => {
    await page.goto('/login')
    await fill(page, 'password', { identifier: `  ${email.toUpperCase()}  `, password })
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectDefaultIdentity(page, kratos, { email, website })
  })

  // Found by this port: the SDK's checkTarget refused every target off the app's and Kratos's
  // origins, even this return_to Kratos validated (fixed: a target Kratos answered is followed;
  // test/flows/kratosAllowedReturnTo.test.tsx).
  test('signs in and is sent to return_to', async ({ page, kratos }) => {
    // Ory's cy.browserReturnUrlOry: only these two return URLs are allowed.
    await kratos.configure({ selfservice: { allowed_return_urls: ['https://www.ory.sh/', 'https://www.example.org/'] } })
    // The internet is out of reach here: answer for example.org in the browser.
    await page.route('https://www.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>example.org</h1>' }))
    await page.goto('/login?return_to=https://www.example.org/')
    await fill(page, 'password', { identifier: email.toUpperCase(), password })
    await submit(page, 'password').click()
    await expect(page).toHaveURL('https://www.example.org/')
  })
})
