// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/mfa/totp.spec.ts (profile
// `mobile`): TOTP linked, used as the second factor and unlinked on the mobile test app (token
// mode: API settings and login flows with the session token; the aal2 login keeps the token).
import { expect, test } from '../../../fixtures'
import { totpCode } from '../../../../e2e/totp'
import { expectMessage, input, settingsSaved, submit } from '../../../helpers/browser'
import { expectSignedIn, field, openScreen, sectionButton, sectionInput, settingsSection, shownTotpSecret, toSettings } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

test.describe('mobile profile: TOTP', () => {
  test('lifecycles through the TOTP flows', async ({ page, kratos }) => {
    const { email } = await toSettings(page, kratos)
    const totp = settingsSection(page, 'totp')
    await expect(totp.locator('img#totp_qr')).toBeVisible()
    await expect(sectionInput(page, 'totp', 'totp_code')).toBeVisible()

    // An invalid code first.
    await sectionInput(page, 'totp', 'totp_code').fill('111111')
    await sectionButton(page, 'totp', 'method', 'totp').click()
    await expect(field(page, 'totp_code', totp)).toContainText('The provided authentication code is invalid, please try again.')

    // Then the right one.
    const secret = await shownTotpSecret(page)
    await sectionInput(page, 'totp', 'totp_code').fill(totpCode(secret))
    await sectionButton(page, 'totp', 'method', 'totp').click()
    await expect(settingsSaved(page).first()).toContainText('Your changes have been saved')
    await expect(totp.locator('#totp_secret_key')).toHaveCount(0)
    await expect(sectionInput(page, 'totp', 'totp_code')).toHaveCount(0)
    await expect(totp.locator('img#totp_qr')).toHaveCount(0)
    await expect(sectionButton(page, 'totp', 'totp_unlink')).toBeVisible()

    // The second factor: a wrong code, then the right one.
    await openScreen(page, 'Login?aal=aal2&refresh=true')
    await input(page, 'totp_code').fill('111111')
    await submit(page, 'totp').click()
    await expectMessage(page, 4000008, 'The provided authentication code is invalid, please try again.')
    await input(page, 'totp_code').fill(totpCode(secret))
    await submit(page, 'totp').click()
    const session = await expectSignedIn(page, { email, aal: 'aal2' })
    expect(session.authentication_methods?.map((method) => method.method)).toContain('totp')

    // Unlink it again.
    await openScreen(page, 'Settings')
    await sectionButton(page, 'totp', 'totp_unlink').click()
    await expect(sectionButton(page, 'totp', 'totp_unlink')).toHaveCount(0)
    await expect(totp.locator('img#totp_qr')).toBeVisible()
    await expect(sectionInput(page, 'totp', 'totp_code')).toBeVisible()
  })
})
