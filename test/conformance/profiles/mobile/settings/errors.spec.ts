// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/settings/errors.spec.ts
// (profile `mobile`): a profile change Kratos refuses, on the mobile test app's settings screen
// (token mode, Kratos's API settings flow with the session token).
import { expect, test } from '../../../fixtures'
import { field, noBrowserValidation, sectionButton, sectionInput, settingsSection, toSettings } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

test.describe('mobile profile: settings errors', () => {
  test('profile: fails with validation errors', async ({ page, kratos }) => {
    await toSettings(page, kratos)
    await sectionInput(page, 'profile', 'traits.website').fill('http://s')
    await noBrowserValidation(page)
    await sectionButton(page, 'profile', 'method', 'profile').click()
    await expect(field(page, 'traits.website', settingsSection(page, 'profile'))).toContainText('length must be >= 10')
    await expect(sectionButton(page, 'profile', 'method', 'profile')).toBeEnabled()
    await expect(settingsSection(page, 'password')).toBeVisible()
  })
})
