// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/verification/verify/errors.spec.ts,
// react variant (profile `verification`), for both strategies as Ory's loop runs them: each case
// below runs once with `use: code` and once with `use: link`.
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, input, message, signIn, submit } from '../../../helpers/browser'
import { expectSession } from '../../../helpers/session'
import {
  expectAddress,
  expectVerificationSent,
  mailIds,
  mailTo,
  shortLifespan,
  verificationApi,
  verificationConfig,
  verifyEmailButExpired,
  verifyHrefPattern,
  type VerificationStrategy,
} from '../../../helpers/verification'

test.use({ profile: 'verification' })

for (const strategy of ['code', 'link'] as VerificationStrategy[]) {
  test.describe(`verification errors, strategy ${strategy}`, () => {
    const config = verificationConfig(strategy)
    let email: string
    let registrationMails: string[]

    test.beforeEach(async ({ page, kratos }) => {
      await kratos.configure(config)
      await page.context().clearCookies()
      email = gen.email()
      const password = gen.password()
      await registerApi(kratos, { email, password })
      await mailTo(kratos, email) // the registration's verification e-mail (Ory's cy.deleteMail({ atLeast: 1 }))
      registrationMails = await mailIds(kratos, email)
      await signIn(page, { identifier: email, password })
      await expectSession(page, kratos, { email })
      await page.goto('/verification')
      // Loaded before a case restarts Kratos with its overlay (Ory's config changes need no restart).
      await expect(page.getByText('Loading…')).toHaveCount(0)
      if (strategy === 'code') await expect(input(page, 'email')).toBeVisible()
    })

    test('responds with a HTML response on link click of an API flow if the flow is expired', async ({ page, kratos }) => {
      // Three restarts of Kratos here, one more before: each 10-26 s on this 2-core machine under
      // load, which once ran out the 60 s before the link was opened (Kratos's log: still restarting).
      test.slow()
      await kratos.configure(config, { selfservice: { flows: { verification: { lifespan: '1s' } } } })
      await verificationApi(kratos, { email, strategy })
      await page.waitForTimeout(1000)
      await kratos.configure(config, { selfservice: { flows: { verification: { lifespan: '1ms' } } } }) // Ory's cy.shortVerificationLifespan
      const mail = await mailTo(kratos, email, { skip: registrationMails })
      await kratos.configure(config) // Ory's cy.longVerificationLifespan
      await page.goto(mail.href)
      await expect(message(page, 4070005).first()).toContainText('verification flow expired')
      await expectAddress(page, kratos, { email, verified: false })
    })

    test('responds with a HTML response on link click of an API flow if the code is expired', async ({ page, kratos }) => {
      await kratos.configure(config, shortLifespan(strategy))
      await verificationApi(kratos, { email, strategy })
      await page.waitForTimeout(1000)
      await verifyEmailButExpired(page, kratos, { email, strategy, skip: registrationMails })
    })

    test('is unable to verify the email address if the code is expired', async ({ page, kratos }) => {
      await kratos.configure(config, shortLifespan(strategy))
      await page.goto('/verification')
      await input(page, 'email').fill(email)
      await submit(page, strategy).click()
      await expectVerificationSent(page, strategy)
      await expect(submit(page, strategy)).toBeAttached()
      await verifyEmailButExpired(page, kratos, { email, strategy, skip: registrationMails })
    })

    test('is unable to verify the email address if the code is incorrect', async ({ page, kratos }) => {
      await input(page, 'email').fill(email)
      await submit(page, strategy).click()
      await expectVerificationSent(page, strategy)
      const mail = await mailTo(kratos, email, { skip: registrationMails })
      expect(mail.href).toMatch(verifyHrefPattern)
      await page.goto(`${mail.href}-not`) // a wrong code / token
      await expectAddress(page, kratos, { email, verified: false })
    })

    test('unable to verify non-existent account', async ({ page, kratos }) => {
      await kratos.configure(verificationConfig(strategy, { notifyUnknown: true })) // Ory's cy.notifyUnknownRecipients
      const unknown = gen.email()
      await input(page, 'email').fill(unknown)
      await submit(page, strategy).click()
      const mail = await mailTo(kratos, unknown, { subject: 'Someone tried to verify this email address' })
      expect(mail.subject).toBe('Someone tried to verify this email address')
    })

    if (strategy === 'code') {
      test('is unable to brute force the code', async ({ page, kratos }) => {
        await page.goto('/verification')
        await input(page, 'email').fill(email)
        await submit(page, strategy).click()
        await expectVerificationSent(page, strategy)
        for (let i = 0; i < 5; i++) {
          await input(page, 'code').fill(String(i).repeat(8))
          // Each wrong code's answer before the next (the message before it looks the same).
          const answered = page.waitForResponse((response) => response.url().includes('/self-service/verification') && response.request().method() === 'POST')
          await submit(page, 'code').click()
          await answered
          await expect(message(page, 4070006).first()).toHaveText('The verification code is invalid or has already been used. Please try again.')
          await expect(submit(page, 'code')).toBeEnabled()
        }
        await input(page, 'code').fill('12312312')
        await submit(page, 'code').click()
        await expect(message(page, 4000001).first()).toHaveText('The request was submitted too often. Please request another code.')
        await expectAddress(page, kratos, { email, verified: false })
      })
    }
  })
}
