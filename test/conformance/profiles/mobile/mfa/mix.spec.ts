// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/mfa/mix.spec.ts (profile
// `mobile`): TOTP and backup codes both set up on the mobile test app, then each used as the second
// factor (token mode: the aal2 logins run with the stored token, which Kratos keeps).
import { expect, test } from '../../../fixtures'
import { totpCode } from '../../../../e2e/totp'
import { input, settingsSaved, submit } from '../../../helpers/browser'
import { expectSignedIn, openScreen, sectionButton, sectionInput, shownLookupCodes, shownTotpSecret, toSettings } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

test.describe('mobile profile: TOTP and backup codes', () => {
  test('uses both TOTP and lookup', async ({ page, kratos }) => {
    const { email } = await toSettings(page, kratos)

    // TOTP.
    const secret = await shownTotpSecret(page)
    await sectionInput(page, 'totp', 'totp_code').fill(totpCode(secret))
    await sectionButton(page, 'totp', 'method', 'totp').click()
    await expect(settingsSaved(page).first()).toContainText('Your changes have been saved')

    // Backup codes.
    await sectionButton(page, 'lookup_secret', 'lookup_secret_regenerate').click()
    const codes = await shownLookupCodes(page)
    await sectionButton(page, 'lookup_secret', 'lookup_secret_confirm').click()
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_reveal')).toBeVisible()
    await expect(settingsSaved(page).first()).toContainText('Your changes have been saved')

    // Second factor with TOTP.
    await openScreen(page, 'Login?aal=aal2&refresh=true')
    await input(page, 'totp_code').fill(totpCode(secret))
    await submit(page, 'totp').click()
    let session = await expectSignedIn(page, { email, aal: 'aal2' })
    expect(session.authentication_methods?.map((method) => method.method)).toContain('totp')

    // Second factor with a backup code.
    await openScreen(page, 'Login?aal=aal2&refresh=true')
    await input(page, 'lookup_secret').fill(codes[0] as string)
    await submit(page, 'lookup_secret').click()
    session = await expectSignedIn(page, { email, aal: 'aal2' })
    const methods = session.authentication_methods?.map((method) => method.method)
    expect(methods).toContain('totp')
    expect(methods).toContain('lookup_secret')
  })
})
