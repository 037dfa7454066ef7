// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mfa/mix.spec.ts, react variant
// (profile `spa`): TOTP, backup codes and a WebAuthn security key on one account, each used as the
// second factor. Chromium's virtual authenticator (CDP WebAuthn) stands in for Ory's `sendCRI`.
import { expect, test } from '../../fixtures'
import { registerApi } from '../../helpers/api'
import { gen, input, settingsSaved, signIn, submit } from '../../helpers/browser'
import { linkTotp, lookupSecrets, sendTotp } from '../../helpers/mfa'
import { expectSession } from '../../helpers/session'

test.use({ profile: 'spa' })

const website = 'https://www.example.org/'

test.describe('mfa: every second factor on one account', () => {
  // Ory's cy.getSession checks the methods' count and that each is present, not their order (its
  // lists put "webauthn" before "lookup_secret", which Kratos never does): so does this port
  // (methodsAnyOrder). The port checked the order before, and failed on it.
  test('sets up and uses every second factor', async ({ page, kratos }) => {
    await kratos.configure({ selfservice: { flows: { settings: { privileged_session_max_age: '5m' } } } })
    const email = gen.email()
    const password = gen.password()
    await registerApi(kratos, { email, password, traits: { website } })
    await signIn(page, { identifier: email, password })
    const cdp = await page.context().newCDPSession(page)
    await cdp.send('WebAuthn.enable', {})
    await cdp.send('WebAuthn.addVirtualAuthenticator', { options: { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true } })
    await expectSession(page, kratos, { aal: 'aal1', methodsAnyOrder: ['password'] })

    await page.goto('/settings')
    const secret = await linkTotp(page)
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'totp'] })

    await page.goto('/settings')
    await page.locator('[name="lookup_secret_regenerate"]').click()
    const codes = await lookupSecrets(page)
    await page.locator('[name="lookup_secret_confirm"]').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'totp', 'lookup_secret'] })

    await page.goto('/settings')
    await page.locator('[name="webauthn_register_displayname"]').fill('my-key')
    await page.locator('[name="webauthn_register_trigger"]').click()
    await expect(settingsSaved(page)).toBeVisible()
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'totp', 'webauthn', 'lookup_secret'] })

    await page.goto('/login?aal=aal2&refresh=true')
    await sendTotp(page, secret)
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'totp', 'webauthn', 'lookup_secret', 'totp'] })

    await page.goto('/login?aal=aal2&refresh=true')
    await page.locator('[name="webauthn_login_trigger"]').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'totp', 'webauthn', 'lookup_secret', 'totp', 'webauthn'] })

    await page.goto('/login?aal=aal2&refresh=true')
    await input(page, 'lookup_secret', 'lookup_secret').fill(codes[1] as string)
    await submit(page, 'lookup_secret').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'totp', 'webauthn', 'lookup_secret', 'totp', 'webauthn', 'lookup_secret'] })
  })
})
