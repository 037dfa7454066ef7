// Port of Kratos v1.3.1 test/e2e/cypress/integration/profiles/passwordless/flows.spec.ts, react
// variant (profile `passwordless`: one-step registration, security keys as passwordless
// credentials (webauthn with passwordless: true), passkeys, password, TOTP, lookup codes). Ory's
// `xit("should use webauthn credential as passkey")` is skipped in the original and not counted.
// Chromium's virtual authenticator stands in for the person's security key.
import type { Page } from '@playwright/test'
import { expect, test, type ConformanceKratos } from '../../fixtures'
import { expectMessage, fieldBeside, gen, input, settingsSaved, submit } from '../../helpers/browser'
import { expectSession, signOut } from '../../helpers/session'
import { addVirtualAuthenticator, withoutPasskeyAutofill } from '../../helpers/webauthn'
import { expectTransientPayloadInHook } from '../../helpers/webhook'

test.use({ profile: 'passwordless' })

const website = 'https://www.ory.sh'
/** Ory's `cy.clickWebAuthButton(type)`: the security key trigger of the page. */
const keyTrigger = (page: Page, type: 'register' | 'login') => page.locator(`[name="webauthn_${type}_trigger"]`)


/** Ory's `signup`: a key name and the traits in the security key form, then its trigger. */
async function signUpWithKey(page: Page, kratos: ConformanceKratos, email = gen.email()) {
  await page.goto('/registration')
  await (await fieldBeside(page, 'webauthn_register_displayname', 'webauthn')).fill('key1')
  await (await fieldBeside(page, 'traits.email', 'webauthn')).fill(email)
  await (await fieldBeside(page, 'traits.website', 'webauthn')).fill(website)
  await keyTrigger(page, 'register').click()
  const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['webauthn'] })
  expect(identity?.traits).toMatchObject({ email, website })
  return email
}

/** The login page with its flow on screen (forms, an error, or "no second factor yet"). */
async function loginPageShown(page: Page, query: string) {
  await page.goto(`/login${query}`)
  await expect(page.getByTestId('flow-title')).toBeVisible()
  await expect(page.getByText('Loading…')).toHaveCount(0)
  await expect(page.locator('form, [data-testid="flow-error"], [data-testid="second-factor-missing"]').first()).toBeVisible()
}

/** Ory's identifier-then-key sign-in: the identifier, "method=webauthn", then the key's trigger. */
async function identifyForKey(page: Page, email: string) {
  await page.goto('/login')
  await (await fieldBeside(page, 'identifier', 'webauthn')).fill(email)
  await submit(page, 'webauthn').click()
}

// Every case presses a security key trigger (webauthn_register_trigger / webauthn_login_trigger),
// which the SDK draws since the `webauthn` helper's work (issue 21).
test.describe('passwordless profile: security key flows', () => {
  test.beforeAll(async ({ kratos }) => kratos.configure())
  test.beforeEach(async ({ page }) => {
    await addVirtualAuthenticator(page)
    await withoutPasskeyAutofill(page)
  })

  test('registers after validation errors', async ({ page, kratos }) => {
    await page.goto('/registration')
    const email = await fieldBeside(page, 'traits.email', 'webauthn')
    const site = await fieldBeside(page, 'traits.website', 'webauthn')
    // Ory's cy.removeAttribute: Kratos, not the browser, judges the fields.
    await email.evaluate((element) => element.removeAttribute('required'))
    await site.evaluate((element) => ['required', 'type'].forEach((attribute) => element.removeAttribute(attribute)))
    await (await fieldBeside(page, 'webauthn_register_displayname', 'webauthn')).fill('key1')
    await site.fill('b')
    await keyTrigger(page, 'register').click()
    await expectMessage(page, 4000002)
    await expectMessage(page, 4000001)
    await expect(site).toHaveValue('b')

    const address = gen.email()
    await email.fill(address)
    await keyTrigger(page, 'register').click()
    await expectMessage(page, 4000001)
    await expect(site).toHaveValue('b')
    await expect(email).toHaveValue(address)
    await site.fill(website)
    await keyTrigger(page, 'register').click()
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['webauthn'] })
    expect(identity?.traits).toMatchObject({ email: address, website })
  })

  test('passes transient_payload to the registration webhook', async ({ page, kratos }) => {
    test.slow() // two Kratos restarts (the hook on, then off again): 10-30 s each on this machine
    await expectTransientPayloadInHook(page, kratos, { flow: 'registration', method: 'webauthn' }, () => signUpWithKey(page, kratos))
  })

  test('signs in with the registered security key', async ({ page, kratos }) => {
    const email = await signUpWithKey(page, kratos)
    await signOut(page, kratos)
    await identifyForKey(page, email)
    await expectMessage(page, 1010012)
    await expect(page.locator('input[name="password"]')).toHaveCount(0)
    await keyTrigger(page, 'login').click()
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['webauthn'] })
    expect(identity?.traits).toMatchObject({ email, website })
  })

  test('cannot remove the last security key', async ({ page, kratos }) => {
    await signUpWithKey(page, kratos)
    await page.goto('/settings')
    await expect(page.locator('[name="webauthn_remove"]')).toBeDisabled()
  })

  test('links a password and signs in with either', async ({ page, kratos }) => {
    const email = await signUpWithKey(page, kratos)
    const password = gen.password()
    await page.goto('/settings')
    await expect(page.locator('[name="webauthn_remove"]')).toBeDisabled()
    await (await fieldBeside(page, 'password', 'password')).fill(password)
    await submit(page, 'password').click()
    await expect(settingsSaved(page)).toBeVisible()
    await page.locator('[name="webauthn_remove"]').click()
    // The first save's message is still on screen: the button going away is what says it is removed.
    await expect(page.locator('[name="webauthn_remove"]')).toHaveCount(0)
    await expect(settingsSaved(page)).toBeVisible()
    await signOut(page, kratos)
    await identifyForKey(page, email)
    // No key any more: Kratos says so and offers the password.
    await expectMessage(page, 4000015)
    await expect(page.locator('input[name="identifier"]').first()).toBeAttached()
    await expect(page.locator('input[name="password"]')).toBeVisible()
    await expect(submit(page, 'password')).toBeVisible()
  })

  test('refreshes the session with the security key', async ({ page, kratos }) => {
    const email = await signUpWithKey(page, kratos)
    await loginPageShown(page, '?refresh=true')
    await expect(page.locator('input[name="identifier"][type="hidden"]').first()).toBeAttached()
    await expect(page.locator('input[name="identifier"]:not([type="hidden"])')).toHaveCount(0)
    await expect(page.locator('input[name="password"]')).toHaveCount(0)
    await expect(page.locator('[value="password"]')).toHaveCount(0)
    await keyTrigger(page, 'login').click()
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(2)
    const { identity } = await expectSession(page, kratos, { aal: 'aal1', methods: ['webauthn', 'webauthn'] })
    expect(identity?.traits).toMatchObject({ email, website })
  })

  test('does not offer the passwordless key as a second factor', async ({ page, kratos }) => {
    await signUpWithKey(page, kratos)
    await loginPageShown(page, '?aal=aal2')
    await expect(page.locator('[value="webauthn"]')).toHaveCount(0)
    await expect(keyTrigger(page, 'login')).toHaveCount(0)
  })

  test('adds a security key later and refreshes with either method', async ({ page, kratos }) => {
    const email = gen.email()
    const password = gen.password()
    await page.goto('/registration')
    await (await fieldBeside(page, 'traits.email', 'password')).fill(email)
    await (await fieldBeside(page, 'password', 'password')).fill(password)
    await (await fieldBeside(page, 'traits.website', 'password')).fill(website)
    await submit(page, 'password').click()
    await expect(page).not.toHaveURL(/\/registration/)
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password'] })

    await page.goto('/settings')
    await input(page, 'webauthn_register_displayname').fill('key2')
    await keyTrigger(page, 'register').click()
    await expect(settingsSaved(page)).toBeVisible()

    await loginPageShown(page, '?refresh=true')
    await expect(page.locator('input[name="password"]')).toBeVisible()
    await keyTrigger(page, 'login').click()
    await expect(page).not.toHaveURL(/\/login/)
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(3)
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password', 'webauthn', 'webauthn'] })

    await loginPageShown(page, '?refresh=true')
    await input(page, 'password').fill(password)
    await submit(page, 'password').click()
    await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(4)
    await expectSession(page, kratos, { aal: 'aal1', methods: ['password', 'webauthn', 'webauthn', 'password'] })

    await signOut(page, kratos)
    await identifyForKey(page, email)
    await keyTrigger(page, 'login').click()
    await expectSession(page, kratos, { aal: 'aal1', methods: ['webauthn'] })
  })

  test('does not offer the passwordless key as a second factor even with passwordless off', async ({ page, kratos }) => {
    await signUpWithKey(page, kratos)
    try {
      await kratos.configure({ selfservice: { methods: { webauthn: { config: { passwordless: false } } } } })
      await loginPageShown(page, '?aal=aal2')
      await expect(page.locator('[value="webauthn"]')).toHaveCount(0)
      await expect(keyTrigger(page, 'login')).toHaveCount(0)

      await page.goto('/settings')
      await expect(page.locator('[name="webauthn_remove"]')).toBeDisabled()
      await input(page, 'webauthn_register_displayname').fill('key2')
      await keyTrigger(page, 'register').click()
      await expect(settingsSaved(page)).toBeVisible()

      await loginPageShown(page, '?aal=aal2&refresh=true')
      await keyTrigger(page, 'login').click()
      await expect.poll(async () => (await expectSession(page, kratos)).authentication_methods?.length).toBe(3)
      await expectSession(page, kratos, { aal: 'aal2', methods: ['webauthn', 'webauthn', 'webauthn'] })
    } finally {
      await kratos.configure()
    }
  })
})
