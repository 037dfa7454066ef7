// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/recovery/settings/success.spec.ts,
// react variant (profile `spa`): a new e-mail in Settings becomes the recovery address. (Ory's
// second case is an empty `xit`: account enumeration prevention, not implemented.)
import { expect, test } from '../../../fixtures'
import { registerApi } from '../../../helpers/api'
import { gen, input, settingsSaved, submit } from '../../../helpers/browser'
import { loginByRequest } from '../../../helpers/login'
import { whoami } from '../../../helpers/session'

test.use({ profile: 'spa' })

test.describe('recovery profile: settings', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure({
      selfservice: { flows: { recovery: { enabled: true, lifespan: '1h' }, verification: { enabled: false } }, methods: { link: { config: { lifespan: '1m' } } } },
    })
    const identity = { email: gen.email(), password: gen.password() }
    await registerApi(kratos, { ...identity, traits: { website: 'https://www.ory.sh' } })
    await loginByRequest(page, kratos, identity)
  })

  test('should update the recovery address when updating the email', async ({ page, kratos }) => {
    await page.goto('/settings')
    const email = gen.email()
    await input(page, 'traits.email', 'profile').fill(email)
    await submit(page, 'profile').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expect(input(page, 'traits.email', 'profile')).toHaveValue(email)
    const addresses = (await whoami(page, kratos))?.identity?.recovery_addresses ?? []
    expect(addresses).toHaveLength(1)
    expect(addresses[0]?.id).toBeTruthy()
    expect(addresses[0]?.value).toBe(email)
  })
})
