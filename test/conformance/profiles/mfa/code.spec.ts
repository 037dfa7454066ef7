// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mfa/code.spec.ts. Ory commented its
// React variant out (profile `spa`): that profile's identity schema names no `code` credential for
// the e-mail, so Kratos has no address to send a second-factor code to. This port runs the cases
// against the demo with the profile whose schema has one (`mfa`, the express variant's).
import type { Page } from '@playwright/test'
import { expect, test } from '../../fixtures'
import { expectMessage, gen, input, signUp } from '../../helpers/browser'
import { latestMail } from '../../helpers/mail'
import { expectSession } from '../../helpers/session'

test.use({ profile: 'mfa' })

const website = 'https://www.example.org/'
// Ory's builder: longPrivilegedSessionTime, useHighestAvailable / useLaxAal, enableCode, enableCodeMFA.
const withAal = (aal: string) => ({
  selfservice: { flows: { settings: { privileged_session_max_age: '5m', required_aal: aal } }, methods: { code: { enabled: true, mfa_enabled: true } } },
  session: { whoami: { required_aal: aal } },
})
let email = ''
let password = ''
const address = (page: Page) => page.locator('[type="submit"][name="address"]')
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue' })

async function register(page: Page) {
  email = gen.email()
  password = gen.password()
  await signUp(page, { email, password, traits: { website } })
  await expect(page).not.toHaveURL(/\/registration/)
}

async function sendLoginCode(page: Page, kratos: Parameters<typeof latestMail>[0]) {
  const { code } = await latestMail(kratos, email, { template: 'login_code_valid' })
  await input(page, 'code', 'code').fill(code as string)
  await continueButton(page).click()
  await expect(page).not.toHaveURL(/\/login/)
}

test.describe('mfa: code as the second factor, highest_available', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(withAal('highest_available')))

  test('shows the second factor screen on whoami', async ({ page, kratos }) => {
    await register(page)
    await page.goto('/settings')
    await expect(page).toHaveURL(/\/login/)
    await address(page).click()
    await sendLoginCode(page, kratos)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'code'] })
  })
})

test.describe('mfa: code as the second factor, aal1', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(withAal('aal1'))
    await register(page)
    await page.goto('/login?aal=aal2&via=email')
  })

  test('is asked for the second factor', async ({ page, kratos }) => {
    await address(page).click()
    await expect(input(page, 'code', 'code')).toBeVisible()
    await sendLoginCode(page, kratos)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'code'] })
  })

  test('cannot use another address in the second factor request', async ({ page, kratos }) => {
    await address(page).evaluate((element) => element.setAttribute('value', `other-${Date.now()}@ory.sh`))
    await address(page).click()
    await expectMessage(page, 4000035)
    await expect(input(page, 'code', 'code')).toHaveCount(0)
    await expect(address(page)).toBeVisible()
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password'] })
  })

  test('a wrong code does not invalidate the right one', async ({ page, kratos }) => {
    await address(page).click()
    await input(page, 'code', 'code').fill('123456')
    const refused = page.waitForResponse((response) => response.request().method() === 'POST' && response.url().includes('/self-service/login'))
    await continueButton(page).click()
    await refused
    await sendLoginCode(page, kratos)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'code'] })
  })
})
