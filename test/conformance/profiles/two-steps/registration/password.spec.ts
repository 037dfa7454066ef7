// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/two-steps/registration/password.spec.ts,
// react variant (profile `two-steps`: registration in two screens, the traits, then a method;
// verification on, as Ory's `cy.enableVerification`).
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../fixtures'
import { expectMessage, gen, input, submit } from '../../../helpers/browser'
import { expectDefaultIdentity } from '../../../helpers/session'

test.use({ profile: 'two-steps' })

const verificationOn = { selfservice: { flows: { verification: { enabled: true } } } }

/** The signed-in person's identity, as Ory's case checks it after the password step. */
async function expectRegistered(page: Page, kratos: ConformanceKratos, email: string, website: string) {
  await expect(page).not.toHaveURL(/\/registration/)
  await expect(page.locator('main')).toContainText(email)
  await expectDefaultIdentity(page, kratos, { email, website })
}

test.describe('two-steps profile: registration with a password', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(verificationOn)
    await page.goto('/registration')
  })

  test('signs up and is signed in', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    const website = 'https://www.example.org/'
    await expect(page.locator('input[name="traits"]')).toHaveCount(0)
    await input(page, 'traits.email', 'profile').fill('someone@foo')
    await input(page, 'traits.website', 'profile').fill(website)
    await submit(page, 'profile').click()

    // Back to the traits, and another address.
    await page.locator('[name="screen"][value="previous"]').click()
    await input(page, 'traits.email', 'profile').fill(email)
    await submit(page, 'profile').click()

    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expectRegistered(page, kratos, email, website)
  })

  test('shows form errors, then signs up', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    const website = 'https://www.example.com'
    await expect(page.locator('input[name="traits"]')).toHaveCount(0)
    await input(page, 'traits.email', 'profile').fill(email)
    await input(page, 'traits.website', 'profile').fill('a://b')
    await submit(page, 'profile').click()
    await expectMessage(page, 4000003)

    await input(page, 'traits.website', 'profile').fill(website)
    await submit(page, 'profile').click()
    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expectRegistered(page, kratos, email, website)
  })
})
