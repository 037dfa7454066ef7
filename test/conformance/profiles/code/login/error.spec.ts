// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/code/login/error.spec.ts, react
// variant (profile `code`): what Kratos says when a one-time code sign-in goes wrong.
import { expect, test } from '../../../fixtures'
import { registerWithCode } from '../../../helpers/api'
import { expectMessage, gen, input, removeAttribute, submit } from '../../../helpers/browser'
import { latestMail } from '../../../helpers/mail'
import { expectNoSession } from '../../../helpers/session'

test.use({ profile: 'code' })

let email = ''
const sendCode = (page: import('@playwright/test').Page) => submit(page, 'code').click()

test.describe('code profile: login errors', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure()
    email = gen.email()
    await registerWithCode(kratos, { email, traits: { tos: true } })
    await page.goto('/login')
    await expect(input(page, 'identifier', 'code')).toBeVisible()
  })

  test('shows an error when the account identifier does not exist', async ({ page }) => {
    await input(page, 'identifier', 'code').fill(gen.email())
    await sendCode(page)
    await expectMessage(page, 4000035, 'This account does not exist or has not setup sign in with code.')
  })

  test('shows an error when the code is invalid', async ({ page }) => {
    await input(page, 'identifier', 'code').fill(email)
    await sendCode(page)
    await expectMessage(page, 1010014, 'An email containing a code has been sent to the email address you provided')
    await input(page, 'code', 'code').fill('123456')
    await sendCode(page)
    await expectMessage(page, 4010008, 'The login code is invalid or has already been used. Please try again.')
  })

  test('shows an error when the identifier has changed', async ({ page }) => {
    await input(page, 'identifier', 'code').fill(email)
    await sendCode(page)
    await expectMessage(page, 1010014)
    // The identifier is a hidden field now: change it in the request, as Ory's intercept does.
    await page.route('**/self-service/login?flow=*', async (route) => {
      const request = route.request()
      if (request.method() !== 'POST') return route.continue()
      const body = JSON.parse(request.postData() ?? '{}') as Record<string, unknown>
      await route.continue({ postData: JSON.stringify({ ...body, identifier: gen.email() }) })
    })
    await input(page, 'code', 'code').fill('123456')
    const sent = page.waitForRequest((request) => request.method() === 'POST' && request.url().includes('/self-service/login'))
    await sendCode(page)
    await sent
    await expectMessage(page, 4000035, 'This account does not exist or has not setup sign in with code.')
  })

  test('shows an error when required fields are missing', async ({ page }) => {
    await input(page, 'identifier', 'code').fill(email)
    await sendCode(page)
    await expectMessage(page, 1010014)
    await removeAttribute(page, 'code', ['code'])
    await sendCode(page)
    await expectMessage(page, 4000002, 'Property code is missing')
    await input(page, 'code', 'code').fill('123456')
    // Ory's React variant: emptying the (hidden) identifier does not take, so Kratos judges the code.
    await sendCode(page)
    await expectMessage(page, 4010008, 'code is invalid')
  })

  test('shows the form again when the code has expired', async ({ page, kratos }) => {
    await kratos.configure({ selfservice: { methods: { code: { passwordless_enabled: true, config: { lifespan: '1ns' } } } } })
    await page.goto('/login')
    await input(page, 'identifier', 'code').fill(email)
    await sendCode(page)
    const { code } = await latestMail(kratos, email, { template: 'login_code_valid' })
    await input(page, 'code', 'code').fill(code as string)
    await sendCode(page)
    // Like Ory's React app, the SDK starts a new flow on Kratos's 410: the identifier is asked again.
    await expect(input(page, 'identifier', 'code')).toBeVisible()
    await expect(input(page, 'code', 'code')).toHaveCount(0)
    await expectNoSession(page, kratos)
  })
})
