// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/registration/success.spec.ts,
// react variant (profile `verification`). Its "sends the warning email on double sign up" is an `xit`
// in Ory's file (kratos#133), so not counted.
import type { Page } from '@playwright/test'
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, signIn } from '../../../helpers/browser'
import { expectSession } from '../../../helpers/session'
import { expectAddress, verifyEmail } from '../../../helpers/verification'
import { DEMO_URL } from '../../../slot'

test.use({ profile: 'verification' })

// Ory's longVerificationLifespan().
const config = { selfservice: { flows: { verification: { lifespan: '1m' } } } }

/**
 * Ory's `cy.register({ email, password, query })`: a browser registration flow started and sent over
 * HTTP with the browser's cookies (no page), `query` on its init URL.
 */
async function register(page: Page, kratosUrl: string, { email, password, query }: { email: string; password: string; query: Record<string, string> }): Promise<void> {
  const init = new URL('/self-service/registration/browser', kratosUrl)
  for (const [key, value] of Object.entries(query)) init.searchParams.set(key, value)
  const started = await page.request.get(init.href, { headers: { Accept: 'application/json' }, maxRedirects: 0 })
  expect(started.status()).toBe(200)
  const flow = (await started.json()) as { ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] } }
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value
  const answer = await page.request.post(flow.ui.action, {
    headers: { Accept: 'application/json' },
    data: { csrf_token: csrf, traits: { email }, password, method: 'password' },
    maxRedirects: 0,
  })
  const body = (await answer.json()) as { identity?: { traits?: { email?: string } } }
  expect(body.identity?.traits?.email).toContain(email)
}

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
    await register(page, kratos.publicUrl, {
      email,
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
    await register(page, kratos.publicUrl, { email, password, query: { return_to: `${DEMO_URL}/verification_return_to_callback` } })
    await page.context().clearCookies()
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
    await verifyEmail(page, kratos, { email, redirectTo: `${DEMO_URL}/verification_return_to_callback` })
  })
})
