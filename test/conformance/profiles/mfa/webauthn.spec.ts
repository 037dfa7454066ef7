// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/mfa/webauthn.spec.ts, react variant
// (profile `spa`): security keys (the webauthn method) as the second factor, in Settings and at the
// aal2 login, with Chromium's virtual authenticators (DevTools protocol, as Ory's `sendCRI`).
import type { CDPSession, Page } from '@playwright/test'
import { expect, test } from '../../fixtures'
import { registerApi } from '../../helpers/api'
import { expectMessage, gen, input, settingsSaved, signIn } from '../../helpers/browser'
import { expectSession } from '../../helpers/session'
import { addVirtualAuthenticator } from '../../helpers/webauthn'

test.use({ profile: 'spa' })

const website = 'https://www.ory.sh/'
// Ory's cy.useConfig((builder) => builder.disableCodeMfa()).
const noCodeMfa = { selfservice: { methods: { code: { mfa_enabled: false } } } }
const KEY = { protocol: 'ctap2', transport: 'usb', hasResidentKey: true, hasUserVerification: true, isUserVerified: true } as const

let email = gen.email()
let password = gen.password()

async function webauthnCdp(page: Page): Promise<CDPSession> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('WebAuthn.enable')
  return cdp
}
const addKey = async (cdp: CDPSession) => (await cdp.send('WebAuthn.addVirtualAuthenticator', { options: KEY })).authenticatorId

/** Ory's cy.clickWebAuthButton('register' | 'login'). */
const webauthnButton = (page: Page, kind: 'register' | 'login') => page.locator(`button[name="webauthn_${kind}_trigger"]`)
const removeButtons = (page: Page) => page.locator('[name="webauthn_remove"]')

test.describe('mfa profile: 2FA WebAuthn (react)', () => {
  test.beforeEach(async ({ page, kratos }) => {
    await kratos.configure(noCodeMfa)
    await page.context().clearCookies()
    email = gen.email()
    password = gen.password()
    await registerApi(kratos, { email, password, traits: { website } })
    await signIn(page, { identifier: email, password })
    await expectSession(page, kratos, { email })
  })

  test('should be able to identify if the authenticator is wrong', async ({ page, kratos }) => {
    await page.goto('/settings')
    const first = await addVirtualAuthenticator(page, KEY)
    await input(page, 'webauthn_register_displayname').fill('key1')
    await webauthnButton(page, 'register').click()
    await expect(removeButtons(page)).toHaveCount(1)

    // The key that holds the credential is unplugged: pressing "sign in with a security key" gets
    // nowhere, and the session keeps the methods it had (enrolling the key added "webauthn").
    await first.remove()
    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await webauthnButton(page, 'login').click()
    await expect(page).toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'webauthn'] })

    // Another key, which never saw this account: the same.
    await addVirtualAuthenticator(page, KEY)
    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await webauthnButton(page, 'login').click()
    await expect(page).toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methodsAnyOrder: ['password', 'webauthn'] })
  })

  test('should be able to link multiple authenticators', async ({ page, kratos }) => {
    const cdp = await webauthnCdp(page)
    await addKey(cdp)
    await page.goto('/settings')
    for (const name of ['key1', 'key2']) {
      const before = await removeButtons(page).count()
      await input(page, 'webauthn_register_displayname').fill(name)
      await webauthnButton(page, 'register').click()
      await expect(removeButtons(page)).toHaveCount(before + 1)
    }
    await expect(removeButtons(page)).toHaveCount(2)

    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await expect(webauthnButton(page, 'login')).toHaveCount(1)
    await webauthnButton(page, 'login').click()
    await expectSession(page, kratos, { aal: 'aal2' })
  })

  // No authenticator at all (Ory: WebAuthn disabled in the browser): no key gets linked.
  test('should be not be able to link provider if webauth is not enabled', async ({ page }) => {
    await page.goto('/settings')
    await input(page, 'webauthn_register_displayname').fill('my-key')
    await webauthnButton(page, 'register').click()
    await expect(removeButtons(page)).toHaveCount(0)
  })

  test('should be able to link a webauthn provider', async ({ page, kratos }) => {
    const cdp = await webauthnCdp(page)
    await addKey(cdp)
    await page.goto('/settings')

    // Signing up without a display name causes an error.
    await expect(removeButtons(page)).toHaveCount(0)
    await webauthnButton(page, 'register').click()
    await expectMessage(page, 4000002, 'Property webauthn_register_displayname is missing.')

    // Setting up with a name works.
    await input(page, 'webauthn_register_displayname').fill('my-key')
    await webauthnButton(page, 'register').click()
    await expect(settingsSaved(page).first()).toBeVisible()
    await expect(removeButtons(page)).toHaveCount(1)

    // Login without refresh.
    await page.context().clearCookies()
    // Ory's cy.login returns once Kratos has answered the password (a session cookie is set).
    const signedIn = page.waitForResponse((r) => r.url().startsWith(`${kratos.publicUrl}/self-service/login?flow=`) && r.request().method() === 'POST')
    await signIn(page, { identifier: email, password })
    await signedIn
    await page.goto('/login?aal=aal2')
    await expect(page).toHaveURL(/\/login/)
    await expect(webauthnButton(page, 'login')).toHaveCount(1)
    await webauthnButton(page, 'login').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'webauthn'] })

    // Login with refresh.
    await page.goto('/login?aal=aal2&refresh=true')
    await expect(page).toHaveURL(/\/login/)
    await expect(webauthnButton(page, 'login')).toHaveCount(1)
    await webauthnButton(page, 'login').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expectSession(page, kratos, { aal: 'aal2', methods: ['password', 'webauthn', 'webauthn'] })

    await page.goto('/settings')
    await removeButtons(page).click()
    await expect(removeButtons(page)).toHaveCount(0)

    // Kratos's aal2 flow now offers nothing (message 1010003 and csrf_token only). Ory's app shows
    // that message; the SDK ends such a flow as `second_factor_missing` (by design, the dead end
    // "nothing to press") and the demo says to set a second factor up instead. Kratos's answer is
    // checked on the wire; the page, for what the person sees.
    const flow = page.waitForResponse((r) => r.url().startsWith(`${kratos.publicUrl}/self-service/login/browser?aal=aal2&refresh=true`))
    await page.goto('/login?aal=aal2&refresh=true')
    const answer = (await (await flow).json()) as { ui: { messages: { id: number }[]; nodes: { group: string }[] } }
    expect(answer.ui.messages.map((m) => m.id)).toEqual([1010003])
    expect(answer.ui.nodes.filter((node) => node.group === 'webauthn')).toEqual([])
    await expect(page).toHaveURL(/\/login/)
    await expect(page.getByTestId('second-factor-missing')).toBeVisible()
    await expect(webauthnButton(page, 'login')).toHaveCount(0)
  })
})
