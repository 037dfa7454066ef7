// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/registration/success.spec.ts
// (profile `mobile`, one-step registration, `session` hook after password): sign-up on the mobile
// test app (token mode, API flow) ends on Home with a session token; with verification on, the
// verification Kratos started comes first.
import type { Page } from '@playwright/test'
import { expect, test } from '../../../fixtures'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { latestMail } from '../../../helpers/mail'
import { expectSignedIn, openScreen } from '../../../helpers/mobile'
import { addTransientPayload, startWebhookTarget } from '../../../helpers/webhook'
import { DEMO_URL } from '../../../slot'

test.use({ profile: 'mobile' })

const website = 'https://www.ory.sh/'

async function signUp(page: Page, email: string, password: string) {
  await openScreen(page, 'Registration')
  await input(page, 'traits.email').fill(email)
  await input(page, 'password').fill(password)
  await input(page, 'traits.website').fill(website)
  await submit(page, 'password').click()
}

test.describe('mobile profile: registration', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure())

  test('signs up and is logged in', async ({ page }) => {
    const email = gen.email()
    await signUp(page, email, gen.password())
    await expectSignedIn(page, { email, aal: 'aal1', methods: ['password'], traits: { website } })
  })

  test('passes transient_payload to the webhook', async ({ page, kratos }) => {
    const target = await startWebhookTarget()
    try {
      const key = gen.password()
      // Ory's cy.setupHooks('registration', 'after', 'password', [web_hook, session]).
      await kratos.configure({ selfservice: { flows: { registration: { after: { password: { hooks: [{ hook: 'web_hook', config: { body: `base64://${Buffer.from('function(ctx) ctx').toString('base64')}`, url: target.url(key), method: 'PUT' } }, { hook: 'session' }] } } } } } })
      const transient_payload = { stuff: { blub: [42, 3.14152], fu: 'bar' }, consent: true }
      // The app reaches Kratos through the dev server's /__native-kratos (demo/src/mobile/device.ts).
      await addTransientPayload(page, `${DEMO_URL}/__native-kratos`, transient_payload)
      const email = gen.email()
      await signUp(page, email, gen.password())
      await expectSignedIn(page, { email })
      const document = target.document(key) as { identity?: unknown; flow?: { transient_payload?: unknown } } | undefined
      expect(document?.identity).toBeDefined()
      expect(document?.flow?.transient_payload).toEqual(transient_payload)
    } finally {
      await target.close()
    }
  })

  test('signs up and shows the verification form', async ({ page, kratos }) => {
    // Ory's cy.enableVerification.
    await kratos.configure({ selfservice: { flows: { verification: { enabled: true } } } })
    const email = gen.email()
    await signUp(page, email, gen.password())
    await expect(input(page, 'code')).toBeVisible()
    const { code } = await latestMail(kratos, email, { template: 'verification_code_valid' })
    await input(page, 'code').fill(code as string)
    await submit(page, 'code').click()
    await expectMessage(page, 1080002, 'You successfully verified your email address.')
    await page.getByTestId('continue-button').click()
    const session = await expectSignedIn(page, { email })
    expect(session.identity?.verifiable_addresses?.[0]).toMatchObject({ value: email, verified: true })
  })
})
