// Port of Kratos v1.3.1 test/e2e/playwright/tests/desktop/identifier_first/passkeys.login.spec.ts:
// passkey sign-in on identifier-first login, account enumeration mitigation on and off, with and
// without the authenticator answering by itself (automatic presence simulation), and a refresh.
// Config: Ory's Playwright base config (no session after registration) plus each describe's overlay.
// Each case runs in Ory's loops: 5 runs in all.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../../../fixtures'
import { expectMessage, gen, input, submit } from '../../../../helpers/browser'
import { expectSession } from '../../../../helpers/session'
import { playwrightOverlay, WELCOME_URL } from '../../../../helpers/playwrightConfig'
import { addVirtualAuthenticator, withoutPasskeyAutofill, type VirtualAuthenticator } from '../../../../helpers/webauthn'
import { DEMO_URL } from '../../../../slot'

test.use({ profile: 'playwright' })

const passkeyOn = { methods: { passkey: { enabled: true, config: { rp: { display_name: 'ORY', id: 'localhost', origins: [DEMO_URL] } } } } }
const loginTrigger = (page: Page) => page.locator('button[name="passkey_login_trigger"]')

/**
 * Ory's `registerWithPasskey`: the traits, "Continue" (two-step registration), the passkey with
 * the authenticator answering by itself, then `presence` for what follows; ends on /welcome.
 */
async function registerWithPasskey(page: Page, authenticator: VirtualAuthenticator, presence: boolean) {
  const email = gen.email()
  await page.goto('/registration')
  await input(page, 'traits.email').first().fill(email)
  await input(page, 'traits.website').first().fill('https://www.example.org/')
  await page.locator('button[name="method"][value="profile"]').click()
  await authenticator.setPresence(true)
  await page.locator('button[name="passkey_register_trigger"]').click()
  await authenticator.setPresence(presence)
  await page.waitForURL(WELCOME_URL)
  return email
}

/** Presses the passkey trigger with the authenticator answering for that one press. */
async function pressLoginTrigger(page: Page, authenticator: VirtualAuthenticator) {
  await loginTrigger(page).waitFor()
  await page.waitForLoadState('load')
  await authenticator.setPresence(true)
  await loginTrigger(page).click()
}

async function expectSignedInAs(page: Page, kratos: ConformanceKratos, email: string) {
  await page.waitForURL(WELCOME_URL)
  const session = await expectSession(page, kratos, { email })
  expect(session.active).toBe(true)
  return session
}

// Found two SDK gaps, both fixed in src/flows: a passkey sign-up without a session hook (Ory's
// Playwright config has none for passkeys) stayed on /registration where Kratos's own browser
// redirect lands on /welcome (redirect_browser_to; test/flows/registration.test.tsx), and the "with
// automatic presence" cases and the refresh's first sign-in need the passkey autofill Kratos asks
// for on the login page (conditional mediation, onloadTrigger oryPasskeyLoginAutocompleteInit;
// test/flows/passkeyAutofill.test.tsx): the trigger is never pressed there.
for (const mitigateEnumeration of [true, false]) {
  for (const presence of [true, false]) {
    test.describe(`account enumeration protection ${mitigateEnumeration ? 'on' : 'off'}, ${presence ? 'with' : 'without'} automatic presence proof`, () => {
      test.beforeEach(async ({ kratos }) => kratos.configure(playwrightOverlay({ mitigateEnumeration, selfservice: passkeyOn })))

      test('login', async ({ page, kratos }) => {
        const authenticator = await addVirtualAuthenticator(page, { automaticPresenceSimulation: presence })
        // Without presence the person presses the trigger: the autofill, waiting on the second screen
        // too, would answer first once presence is switched on for the press (a race seen once in
        // five runs). The runs with presence are the autofill's.
        if (!presence) await withoutPasskeyAutofill(page)
        const email = await registerWithPasskey(page, authenticator, presence)
        await page.context().clearCookies()
        await page.goto('/login')
        if (!presence) {
          await input(page, 'identifier').first().fill(email)
          await submit(page, 'identifier_first').click()
          await pressLoginTrigger(page, authenticator)
          await authenticator.setPresence(false)
        }
        await expectSignedInAs(page, kratos, email)
      })
    })
  }
}

test.describe('without automatic presence simulation', () => {
  test.beforeEach(async ({ kratos }) => kratos.configure(playwrightOverlay({ selfservice: passkeyOn })))

  test('login with refresh', async ({ page, kratos }) => {
    const authenticator = await addVirtualAuthenticator(page, { automaticPresenceSimulation: false })
    const email = await registerWithPasskey(page, authenticator, true)
    // Presence is on again: the login page's passkey autofill signs in by itself.
    await page.goto('/login')
    const initial = await expectSignedInAs(page, kratos, email)

    await page.goto('/login?refresh=true')
    await expectMessage(page, 1010003)
    await pressLoginTrigger(page, authenticator)
    await page.waitForURL(WELCOME_URL)
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe((initial.authentication_methods?.length ?? 0) + 1)
  })
})
