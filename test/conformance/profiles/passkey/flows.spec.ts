// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/passkey/flows.spec.ts, react variant
// (profile `passkey`: one-step registration, passkeys, password, TOTP, lookup codes; whoami needs
// the highest AAL available). Chromium's virtual authenticator stands in for the person's device.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../fixtures'
import { expectMessage, fieldBeside, gen, input, settingsSaved, submit } from '../../helpers/browser'
import { expectSession, signOut } from '../../helpers/session'
import { addVirtualAuthenticator, withoutPasskeyAutofill } from '../../helpers/webauthn'
import { expectTransientPayloadInHook } from '../../helpers/webhook'

test.use({ profile: 'passkey' })

const website = 'https://www.ory.sh'
const registerTrigger = (page: Page) => page.locator('[name="passkey_register_trigger"]')
const loginTrigger = (page: Page) => page.locator('[name="passkey_login_trigger"]')


/** Ory's `signup`: the traits in the passkey form, then the passkey trigger; signed in by passkey. */
async function signUpWithPasskey(page: Page, kratos: ConformanceKratos, email = gen.email()) {
  await page.goto('/registration')
  await (await fieldBeside(page, 'traits.email', 'passkey')).fill(email)
  await (await fieldBeside(page, 'traits.website', 'passkey')).fill(website)
  await registerTrigger(page).click()
  const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['passkey'] })
  expect(identity?.traits).toMatchObject({ email, website })
  return email
}

/**
 * Waits for the login page to show its flow (its forms, an error, or the demo's "no second factor
 * yet" page), so that the absence checks after it mean something.
 */
async function loginPageShown(page: Page, query: string) {
  await page.goto(`/login${query}`)
  await expect(page.getByTestId('flow-title')).toBeVisible()
  await expect(page.getByText('Loading…')).toHaveCount(0)
  await expect(page.locator('form, [data-testid="flow-error"], [data-testid="second-factor-missing"]').first()).toBeVisible()
}

test.describe('passkey profile: passkey flows', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure())
  test.beforeEach(async ({ page }) => {
    // A new page per case: a new authenticator, no credentials (Ory's clearCredentials).
    await addVirtualAuthenticator(page)
    await withoutPasskeyAutofill(page)
  })

  test('registers after validation errors', async ({ page, kratos }) => {
    await page.goto('/registration')
    const email = await fieldBeside(page, 'traits.email', 'passkey')
    const site = await fieldBeside(page, 'traits.website', 'passkey')
    // Ory's cy.removeAttribute: Kratos, not the browser, judges the fields.
    await email.evaluate((element) => element.removeAttribute('required'))
    await site.evaluate((element) => ['required', 'type'].forEach((attribute) => element.removeAttribute(attribute)))
    await site.fill('b')
    await registerTrigger(page).click()
    await expectMessage(page, 4000002)
    await expectMessage(page, 4000001)
    await expect(site).toHaveValue('b')

    const address = gen.email()
    await email.fill(address)
    await registerTrigger(page).click()
    await expectMessage(page, 4000001)
    await expect(site).toHaveValue('b')
    await expect(email).toHaveValue(address)
    await site.fill(website)
    await registerTrigger(page).click()
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['passkey'] })
    expect(identity?.traits).toMatchObject({ email: address, website })
  })

  test('passes transient_payload to the registration webhook', async ({ page, kratos }) => {
    test.slow() // two Kratos restarts (the hook on, then off again): 10-30 s each on this machine
    await expectTransientPayloadInHook(page, kratos, { flow: 'registration', method: 'passkey' }, () => signUpWithPasskey(page, kratos))
  })

  test('signs in with the registered passkey', async ({ page, kratos }) => {
    const email = await signUpWithPasskey(page, kratos)
    await signOut(page, kratos)
    await page.goto('/login')
    await loginTrigger(page).click()
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['passkey'] })
    expect(identity?.traits).toMatchObject({ email, website })
  })

  test('cannot remove the last passkey', async ({ page, kratos }) => {
    await signUpWithPasskey(page, kratos)
    await page.goto('/settings')
    await expect(page.locator('[name="passkey_remove"]')).toBeDisabled()
  })

  test('links a password and signs in with either', async ({ page, kratos }) => {
    const email = await signUpWithPasskey(page, kratos)
    const password = gen.password()
    await page.goto('/settings')
    await expect(page.locator('[name="passkey_remove"]')).toBeDisabled()
    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expect(settingsSaved(page)).toBeVisible()
    await page.locator('[name="passkey_remove"]').click()
    // The first save's message is still on screen: the button going away is what says it is removed.
    await expect(page.locator('[name="passkey_remove"]')).toHaveCount(0)
    await expect(settingsSaved(page)).toBeVisible()
    await signOut(page, kratos)
    await page.goto('/login')
    await input(page, 'identifier', 'password').fill(email)
    await input(page, 'password', 'password').fill(password)
    await submit(page, 'password').click()
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password'], email })
  })

  test('refreshes the session with the passkey', async ({ page, kratos }) => {
    const email = await signUpWithPasskey(page, kratos)
    await loginPageShown(page, '?refresh=true')
    await expect(page.locator('input[name="identifier"][type="hidden"]').first()).toBeAttached()
    await expect(page.locator('input[name="identifier"]:not([type="hidden"])')).toHaveCount(0)
    await expect(page.locator('input[name="password"]')).toHaveCount(0)
    await expect(page.locator('[value="password"]')).toHaveCount(0)
    await loginTrigger(page).click()
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(2)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['passkey', 'passkey'] })
    expect(identity?.traits).toMatchObject({ email, website })
  })

  test('does not offer the passkey as a second factor', async ({ page, kratos }) => {
    await signUpWithPasskey(page, kratos)
    await loginPageShown(page, '?aal=aal2')
    await expect(page.locator('[value="passkey"]')).toHaveCount(0)
    await expect(loginTrigger(page)).toHaveCount(0)
  })

  test('adds a passkey later and refreshes with either method', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await page.goto('/registration')
    await (await fieldBeside(page, 'traits.email', 'password')).fill(email)
    await input(page, 'password', 'password').fill(password)
    await (await fieldBeside(page, 'traits.website', 'password')).fill(website)
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/registration/)
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password'] })

    await page.goto('/settings')
    await registerTrigger(page).click()
    await expect(settingsSaved(page)).toBeVisible()

    await loginPageShown(page, '?refresh=true')
    await expect(page.locator('input[name="password"]')).toBeVisible()
    await loginTrigger(page).click()
    await expect(page).not.toHaveURL(/\/login/)
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(3)
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password', 'passkey', 'passkey'] })

    await loginPageShown(page, '?refresh=true')
    await input(page, 'password').fill(password)
    await submit(page, 'password').click()
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(4)
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password', 'passkey', 'passkey', 'password'] })

    await signOut(page, kratos)
    await page.goto('/login')
    await loginTrigger(page).click()
    await expectSession(page, kratos, { aal: 'aal1', methods: ['passkey'] })
  })
})
