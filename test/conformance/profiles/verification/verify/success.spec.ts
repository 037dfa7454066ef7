// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/verify/success.spec.ts,
// react variant (profile `verification`), for both strategies as Ory's loop runs them: each case
// below runs once with `use: code` and once with `use: link`.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, input, signIn, submit } from '../../../helpers/browser'
import { mails } from '../../../helpers/mail'
import { expectSession } from '../../../helpers/session'
import {
  expectAddress,
  expectVerificationSent,
  mailIds,
  mailTo,
  performEmailVerification,
  verificationConfig,
  verifyEmail,
  type VerificationStrategy,
} from '../../../helpers/verification'
import { DEMO_URL } from '../../../slot'

test.use({ profile: 'verification' })

/** Ory's cy.register + cy.deleteMail({ atLeast: 1 }) + cy.login: returns the mails to skip. */
async function registerAndSignIn(page: Page, kratos: ConformanceKratos, email: string): Promise<string[]> {
  const password = gen.password()
  await page.context().clearCookies()
  await registerApi(kratos, { email, password })
  await mailTo(kratos, email)
  const skip = await mailIds(kratos, email)
  await signIn(page, { identifier: email, password })
  await expectSession(page, kratos, { email })
  return skip
}

for (const strategy of ['code', 'link'] as VerificationStrategy[]) {
  test.describe(`verification success, strategy ${strategy}`, () => {
    let email: string
    let skip: string[]

    test.beforeEach(async ({ page, kratos }) => {
      await kratos.configure(verificationConfig(strategy))
      email = gen.email()
      skip = await registerAndSignIn(page, kratos, email)
      await page.goto('/verification')
      // Loaded before a case restarts Kratos with its overlay (Ory's config changes need no restart).
      await expect(input(page, 'email')).toBeVisible()
    })

    test('should request verification and receive an email and verify it', async ({ page, kratos }) => {
      await input(page, 'email').fill(email)
      await submit(page, strategy).click()
      await expectVerificationSent(page, strategy)
      await expect(submit(page, strategy)).toBeAttached()
      await verifyEmail(page, kratos, { email, strategy, skip })
    })

    test('should request verification for an email that does not exist yet', async ({ page, kratos }) => {
      await kratos.configure(verificationConfig(strategy, { notifyUnknown: true }))
      const unknown = `not-${email}`
      await input(page, 'email').fill(unknown)
      await submit(page, strategy).click()
      await expectVerificationSent(page, strategy)
      const mail = await mailTo(kratos, unknown, { subject: 'Someone tried to verify this email address' })
      expect(mail.subject.trim()).toBe('Someone tried to verify this email address')
      expect(await mails(kratos, unknown)).toHaveLength(1)
      await expectAddress(page, kratos, { email, verified: false })
    })

    test('should not verify email when clicking on link received on different address', async ({ page, kratos }) => {
      test.slow() // two identities signed up and in: over 60 s on a loaded 2-core machine
      await input(page, 'email').fill(email)
      await submit(page, strategy).click()
      await verifyEmail(page, kratos, { email, strategy, skip })
      const used = await mailIds(kratos, email)
      // Ory's cy.logout, then a second identity signs in and asks to verify the first one's address.
      await page.context().clearCookies()
      const email2 = gen.email()
      await registerAndSignIn(page, kratos, email2)
      await page.goto('/verification')
      await input(page, 'email').fill(email)
      await submit(page, strategy).click()
      await performEmailVerification(page, kratos, { email, strategy, skip: used })
      await expectAddress(page, kratos, { email: email2, verified: false })
    })

    test('should redirect to return_to after completing verification', async ({ page, kratos }) => {
      const email2 = gen.email()
      const skip2 = await registerAndSignIn(page, kratos, email2)
      const returnTo = `${DEMO_URL}/verification_callback`
      await page.goto(`${kratos.publicUrl}/self-service/verification/browser?return_to=${encodeURIComponent(returnTo)}`)
      await input(page, 'email').fill(email2)
      await submit(page, strategy).click()
      await verifyEmail(page, kratos, { email: email2, strategy, skip: skip2, redirectTo: returnTo })
    })

    test('should not notify an unknown recipient', async ({ page, kratos }) => {
      const recipient = gen.email()
      await page.goto(`${kratos.publicUrl}/self-service/verification/browser`)
      await input(page, 'email').fill(recipient)
      await submit(page, strategy).click()
      // Kratos answers as if it sent one (it must not tell who has an account), and queues nothing.
      await expectVerificationSent(page, strategy)
      expect(await mails(kratos, recipient)).toEqual([])
    })
  })
}
