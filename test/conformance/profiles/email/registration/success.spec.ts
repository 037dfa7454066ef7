// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/email/registration/success.spec.ts,
// react variant (profile `spa`, verification on): one-step registration, then the verification
// Kratos starts for the new address. (Its "redirect for express app" cases are express only.)
import type { Page } from '@playwright/test'
import { expect, test } from '../../../fixtures'
import { expectMessage, fill, gen, input, submit } from '../../../helpers/browser'
import { latestMail } from '../../../helpers/mail'
import { expectSession } from '../../../helpers/session'
import type { ConformanceKratos } from '../../../fixtures'

test.use({ profile: 'spa' })

// Ory's cy.enableVerification.
const verificationOn = { selfservice: { flows: { verification: { enabled: true } } } }
const website = 'https://www.example.org/'

/** Ory's steps after the registration submit: the verification page, the e-mailed code, continue. */
async function verifyByCode(page: Page, kratos: ConformanceKratos, email: string) {
  await expect(page).toHaveURL(/verification/)
  const { code } = await latestMail(kratos, email, { template: 'verification_code_valid' })
  await input(page, 'code').fill(code as string)
  await submit(page, 'code').click()
  await expectMessage(page, 1080002, 'You successfully verified your email address.')
  await page.locator('a#continue, a[data-testid="node/anchor/continue"]').click()
  await expect(page.locator('main')).toContainText(email)
}

test.describe('email profile: successful registration', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(verificationOn))

  // Found by this port (as issue 21 says): Kratos answers continue_with [show_verification_ui
  // {flow: {url: …/verification?flow=…}}] (its verification hook, on with verification enabled);
  // the SDK ended on '/', abandoning it. Fixed: the hooks follow the flow Kratos prepared first
  // (src/flows/followAnswer.ts), and the demo's verified page shows Kratos's message and `continue`.
  test('signs up and is signed in', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await page.goto('/registration')
    await expect(page.locator('input[name="traits"]')).toHaveCount(0)
    await fill(page, 'password', { 'traits.email': email, password, 'traits.website': website, 'traits.age': '30', 'traits.tos': true })
    await submit(page, 'password').click()
    await verifyByCode(page, kratos, email)
    const { identity } = await expectSession(page, kratos, { email })
    expect(identity?.verifiable_addresses).toHaveLength(1)
    expect(identity?.schema_id).toBe('default')
    expect(identity?.schema_url).toBe(`${kratos.publicUrl}/schemas/ZGVmYXVsdA`)
    expect(identity?.traits).toMatchObject({ website, email, age: 30, tos: true })
  })

  // As above: continue_with show_verification_ui, followed since the fix.
  test('signs up with only the required fields and is signed in', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await page.goto('/registration')
    await expect(page.locator('input[name="traits"]')).toHaveCount(0)
    await fill(page, 'password', { 'traits.email': email, password, 'traits.website': website })
    await submit(page, 'password').click()
    await verifyByCode(page, kratos, email)
    const { identity } = await expectSession(page, kratos, { email })
    expect(identity?.verifiable_addresses).toHaveLength(1)
    expect(identity?.schema_url).toBe(`${kratos.publicUrl}/schemas/ZGVmYXVsdA`)
    expect(identity?.traits.website).toBe(website)
    expect(identity?.traits.age).toBeUndefined()
    expect([false, undefined]).toContain(identity?.traits.tos)
  })

  // Found by this port: the SDK's checkTarget refuses the return_to Kratos allowed (see
  // login/success.spec.ts); the person is registered and signed in but stays on /registration.
  test.fixme('signs up and is sent to return_to', async ({ page, kratos }) => {
    // Ory's cy.disableVerification + cy.browserReturnUrlOry.
    await kratos.configure({ selfservice: { flows: { verification: { enabled: false } }, allowed_return_urls: ['https://www.ory.sh/', 'https://www.example.org/'] } })
    await page.route('https://www.example.org/**', (route) => route.fulfill({ contentType: 'text/html', body: '<h1>example.org</h1>' }))
    await page.goto('/registration?return_to=https://www.example.org/')
    await expect(page.locator('input[name="traits"]')).toHaveCount(0)
    await fill(page, 'password', { 'traits.email': gen.email(), 'traits.website': website, password: gen.password() })
    await submit(page, 'password').click()
    await expect(page).toHaveURL('https://www.example.org/')
  })
})
