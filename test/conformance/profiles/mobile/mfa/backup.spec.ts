// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/mfa/backup.spec.ts (profile
// `mobile`): backup codes generated, confirmed, revealed, regenerated and used as the second factor
// on the mobile test app (token mode: API settings and login flows with the session token).
import { expect, test } from '../../../fixtures'
import { expectMessage, input, settingsSaved, submit } from '../../../helpers/browser'
import { expectSignedIn, openScreen, sectionButton, settingsSection, shownLookupCodes, toSettings } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

test.describe('mobile profile: backup codes', () => {
  test('lifecycles through the lookup_secret flows', async ({ page, kratos }) => {
    const { email } = await toSettings(page, kratos)
    const lookup = settingsSection(page, 'lookup_secret')
    const codesList = lookup.locator('#lookup_secret_codes')

    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_regenerate')).toBeVisible()
    await expect(codesList).toHaveCount(0)
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_confirm')).toHaveCount(0)
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_reveal')).toHaveCount(0)
    await sectionButton(page, 'lookup_secret', 'lookup_secret_regenerate').click()

    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_reveal')).toHaveCount(0)
    const codes = await shownLookupCodes(page)
    await sectionButton(page, 'lookup_secret', 'lookup_secret_confirm').click()
    await expect(settingsSaved(page).first()).toContainText('Your changes have been saved')
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_confirm')).toHaveCount(0)
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_regenerate')).toHaveCount(0)
    await expect(codesList).toHaveCount(0)

    await sectionButton(page, 'lookup_secret', 'lookup_secret_reveal').click()
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_regenerate')).toBeVisible()
    expect(await shownLookupCodes(page)).toEqual(codes)

    await sectionButton(page, 'lookup_secret', 'lookup_secret_regenerate').click()
    await expect(sectionButton(page, 'lookup_secret', 'lookup_secret_confirm')).toBeVisible()
    await expect.poll(() => shownLookupCodes(page)).not.toEqual(codes)
    const newCodes = await shownLookupCodes(page)
    await sectionButton(page, 'lookup_secret', 'lookup_secret_confirm').click()
    await expect(settingsSaved(page).first()).toContainText('Your changes have been saved')

    await sectionButton(page, 'lookup_secret', 'lookup_secret_reveal').click()
    await expect.poll(() => shownLookupCodes(page)).toEqual(newCodes)

    // The second factor: a wrong code, then one of the new ones.
    await openScreen(page, 'Login?aal=aal2&refresh=true')
    await input(page, 'lookup_secret').fill('1234')
    await submit(page, 'lookup_secret').click()
    await expectMessage(page, 4000016, 'The backup recovery code is not valid.')
    await input(page, 'lookup_secret').fill(newCodes[0] as string)
    await submit(page, 'lookup_secret').click()
    const session = await expectSignedIn(page, { email, aal: 'aal2' })
    expect(session.authentication_methods?.map((method) => method.method)).toContain('lookup_secret')
  })
})
