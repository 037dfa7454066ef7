// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mobile/settings/errors.spec.ts
// (profile `mobile`): a profile change Kratos refuses, on the mobile test app's settings screen
// (token mode, Kratos's API settings flow with the session token).
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen } from '../../../helpers/browser'
import { field, loginMobile, noBrowserValidation, openScreen, sectionButton, sectionInput, settingsSection } from '../../../helpers/mobile'

test.use({ profile: 'mobile' })

const website = 'https://www.ory.sh/'

test.describe('mobile profile: settings errors', () => {
  test('profile: fails with validation errors', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password, traits: { website } })
    await loginMobile(page, { email, password })
    await expect(page.getByTestId('session-token')).not.toBeEmpty()
    await openScreen(page, 'Settings')
    await sectionInput(page, 'profile', 'traits.website').fill('http://s')
    await noBrowserValidation(page)
    await sectionButton(page, 'profile', 'method', 'profile').click()
    await expect(field(page, 'traits.website', settingsSection(page, 'profile'))).toContainText('length must be >= 10')
    await expect(sectionButton(page, 'profile', 'method', 'profile')).toBeEnabled()
    await expect(settingsSection(page, 'password')).toBeVisible()
  })
})
