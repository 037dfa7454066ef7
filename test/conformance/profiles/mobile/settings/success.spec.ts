// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/settings/success.spec.ts
// (profile `mobile`): password and profile changes on the mobile test app's settings screen (token
// mode, Kratos's API settings flow with the session token), and the verification an e-mail change starts.
import type { Page } from '@playwright/test'
import { expect, test } from '../../../fixtures'
import { expectMessage, gen, input, settingsSaved, submit } from '../../../helpers/browser'
import { latestMail } from '../../../helpers/mail'
import { expectSignedIn, loginMobile, openScreen, sectionButton, sectionInput, toSettings } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

const up = (value: string) => `not-${value}`

/** Sends the profile section with this trait changed. */
async function changeProfile(page: Page, name: string, value: string) {
  await sectionInput(page, 'profile', name).fill(value)
  await sectionButton(page, 'profile', 'method', 'profile').click()
}

test.describe('mobile profile: settings', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure())

  test('password: modifies the password', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await toSettings(page, kratos, email, password)
    const newPassword = up(password)
    await sectionInput(page, 'password', 'password').fill(newPassword)
    await sectionButton(page, 'password', 'method', 'password').click()
    await expect(settingsSaved(page).first()).toContainText('Your changes have been saved')
    await expect(sectionButton(page, 'password', 'method', 'password')).toBeEnabled()
    await page.getByTestId('logout').click()
    await expect(input(page, 'identifier')).toBeVisible()
    await loginMobile(page, { email, password })
    await expect(page.locator('[data-id="4000006"]').first()).toBeVisible()
    await expect(page.getByTestId('session-token')).toHaveCount(0)
    await loginMobile(page, { email, password: newPassword })
    await expectSignedIn(page, { email })
  })

  test('profile: modifies an unprotected trait', async ({ page, kratos }) => {
    await toSettings(page, kratos, gen.email(), gen.password())
    await changeProfile(page, 'traits.website', 'https://github.com/ory')
    await expect(settingsSaved(page).first()).toBeVisible()
    await expect(sectionButton(page, 'profile', 'method', 'profile')).toBeEnabled()
    await openScreen(page, 'Home')
    await expectSignedIn(page, { traits: { website: 'https://github.com/ory' } })
  })

  test('profile: modifies a protected trait', async ({ page, kratos }) => {
    const email = gen.email()
    await toSettings(page, kratos, email, gen.password())
    await changeProfile(page, 'traits.email', up(email))
    await expect(settingsSaved(page).first()).toBeVisible()
    await expect(sectionButton(page, 'profile', 'method', 'profile')).toBeEnabled()
    await openScreen(page, 'Home')
    await expectSignedIn(page, { email: up(email) })
  })

  test('profile: shows the verification screen after an e-mail update', async ({ page, kratos }) => {
    // Ory's cy.enableVerification.
    await kratos.configure({ selfservice: { flows: { verification: { enabled: true } } } })
    const email = gen.email()
    await toSettings(page, kratos, email, gen.password())
    await changeProfile(page, 'traits.email', up(email))
    // Saved, and on to the verification Kratos started (continue_with show_verification_ui).
    await expect(page.getByTestId('screen-verification')).toBeVisible()
    await expect(input(page, 'code')).toBeVisible()
    const { code } = await latestMail(kratos, up(email), { template: 'verification_code_valid' })
    await input(page, 'code').fill(code as string)
    await submit(page, 'code').click()
    await expectMessage(page, 1080002, 'You successfully verified your email address.')
  })
})
