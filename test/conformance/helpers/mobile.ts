import { expect, type Locator, type Page } from '@playwright/test'
import type { Session } from '@ory/client'
import type { ConformanceKratos } from '../fixtures'
import { registerApi } from './api'
import { gen, submit } from './browser'

// The mobile test app (demo/src/mobile/: the SDK in token mode, API flows, served at /mobile/),
// standing in for Ory's React Native app (their MOBILE_URL) in the mobile cases.

/** The website trait every mobile case gives its identities. */
export const website = 'https://www.ory.sh/'

/**
 * A new identity with a password (Ory's `cy.registerApi`), signed in on the app (`cy.loginMobile`:
 * Home with the session token), then on the Settings screen. Returns the credentials.
 */
export async function toSettings(page: Page, kratos: ConformanceKratos, email = gen.email(), password = gen.password()): Promise<{ email: string; password: string }> {
  await registerApi(kratos, { email, password, traits: { website } })
  await loginMobile(page, { email, password })
  await expect(page).not.toHaveURL(/\/Login/)
  await expect(page.getByTestId('session-token')).not.toBeEmpty()
  await openScreen(page, 'Settings')
  return { email, password }
}

/** Opens a screen of the app (`Login`, `Registration`, `Settings`, `Home`, `Recovery`; with a query). */
export async function openScreen(page: Page, screen: string): Promise<void> {
  await page.goto(`/mobile/${screen}`)
}

/** Ory's `cy.loginMobile`: the sign-in screen, identifier and password, submit. */
export async function loginMobile(page: Page, { email, password }: { email: string; password: string }): Promise<void> {
  await openScreen(page, 'Login')
  await page.locator('input[name="identifier"]').fill(email)
  await page.locator('input[name="password"]').fill(password)
  await submit(page, 'password').click()
}

/** Home's session (Ory's `session-content`), once Home shows one. */
export async function sessionContent(page: Page): Promise<Session> {
  const content = page.getByTestId('session-content')
  await expect(content).toBeVisible()
  return JSON.parse(await content.innerText()) as Session
}

/** What Ory's mobile cases read on Home: the session's AAL, its methods, the identity's traits, a token. */
export async function expectSignedIn(page: Page, want: { email?: string; aal?: 'aal1' | 'aal2'; methods?: string[]; traits?: Record<string, unknown> } = {}): Promise<Session> {
  const session = await sessionContent(page)
  expect(session.active).toBe(true)
  if (want.email) expect(session.identity?.traits.email).toBe(want.email)
  if (want.traits) expect(session.identity?.traits).toMatchObject(want.traits)
  if (want.aal) expect(session.authenticator_assurance_level).toBe(want.aal)
  if (want.methods) expect(session.authentication_methods?.map((method) => method.method)).toEqual(want.methods)
  await expect(page.getByTestId('session-token')).not.toBeEmpty()
  return session
}

/** A form section of the settings screen (`profile`, `password`, `totp`, `lookup_secret`). */
export function settingsSection(page: Page, group: string): Locator {
  return page.getByTestId(`settings-${group}`)
}

/**
 * A field with its own messages (Ory's `field/<name>`): `<FlowForm>`'s default input draws its
 * label, input and the node's messages in one box.
 */
export function field(page: Page, name: string, scope: Page | Locator = page): Locator {
  return scope.locator(`div:has(> label > input[name="${name}"])`)
}

/**
 * Turns the browser's own form checks off (`required`, `type=email`), so that Kratos judges what is
 * sent, as in Ory's app (React Native has no constraint validation).
 */
export async function noBrowserValidation(page: Page): Promise<void> {
  await page.locator('form').evaluateAll((forms) => forms.forEach((form) => form.setAttribute('novalidate', '')))
}

/** A section's input by Kratos's name. */
export function sectionInput(page: Page, group: string, name: string): Locator {
  return settingsSection(page, group).locator(`input[name="${name}"]`)
}

/** A section's button by name and value (`method=profile`, `lookup_secret_regenerate=true`…). */
export function sectionButton(page: Page, group: string, name: string, value = 'true'): Locator {
  return settingsSection(page, group).locator(`button[name="${name}"][value="${value}"]`)
}

/** The backup codes the settings screen shows (`<FlowForm>` draws `lookup_secret_codes` as a list). */
export async function shownLookupCodes(page: Page): Promise<string[]> {
  const items = settingsSection(page, 'lookup_secret').locator('#lookup_secret_codes li')
  await expect(items.first()).toBeVisible()
  return (await items.allInnerTexts()).map((text) => text.trim())
}

/** The TOTP secret the settings screen shows beside its QR code. */
export async function shownTotpSecret(page: Page): Promise<string> {
  return (await settingsSection(page, 'totp').locator('#totp_secret_key').innerText()).trim()
}
