import { expect, type Locator, type Page } from '@playwright/test'
import { randomBytes } from 'node:crypto'

/** Fresh credentials for each case (Ory's `gen.email()` / `gen.password()`). */
export const gen = {
  email: () => `conformance-${randomBytes(6).toString('hex')}@ory.sh`,
  password: () => `p-${randomBytes(12).toString('hex')}`,
}

/**
 * A message Kratos sent, by id (`ui/message/<id>` in Ory's apps): the demo draws flow messages as
 * `data-testid="message-<id>"`, `<FlowForm>`'s default node messages carry `data-id="<id>"`.
 */
export function message(page: Page, id: number | string): Locator {
  return page.locator(`[data-testid="message-${id}"], [data-id="${id}"]`)
}

/** Expects Kratos's message `id` on the page (optionally containing `text`). */
export async function expectMessage(page: Page, id: number, text?: string | RegExp): Promise<void> {
  const found = message(page, id).first()
  await expect(found).toBeVisible()
  if (text) await expect(message(page, id)).toContainText([text])
}

/** An input node by Kratos's name (`node/input/<name>`), in the form of `group` when given. */
export function input(page: Page, name: string, group?: string): Locator {
  const selector = `input[name="${name}"]`
  if (!group) return page.locator(selector)
  // One-step registration's traits are drawn once, in the demo's shared form (`form-shared`, every
  // method a section of it), not in each method's form: either holds the method's field.
  return page.getByTestId(`form-${group}`).locator(selector).or(page.getByTestId('form-shared').locator(selector)).first()
}

/** The submit button of a method (`method=password`, `method=code`, …). */
export function submit(page: Page, method: string): Locator {
  return page.locator(`button[name="method"][value="${method}"], input[type="submit"][name="method"][value="${method}"]`).first()
}

/** Fills a form of `group` from `fields` (Kratos node names; booleans tick checkboxes). */
export async function fill(page: Page, group: string, fields: Record<string, string | boolean>): Promise<void> {
  for (const [name, value] of Object.entries(fields)) {
    const field = input(page, name, group)
    if (typeof value === 'boolean') await field.setChecked(value)
    else await field.fill(value)
  }
}

/** Signs up through the demo's registration page with a password (one-step registration). */
export async function signUp(page: Page, { email, password, traits = {} }: { email: string; password: string; traits?: Record<string, string | boolean> }): Promise<void> {
  await page.goto('/registration')
  await fill(page, 'password', { 'traits.email': email, ...Object.fromEntries(Object.entries(traits).map(([key, value]) => [`traits.${key}`, value])), password })
  await submit(page, 'password').click()
}

/** Signs in through the demo's login page with a password. */
export async function signIn(page: Page, { identifier, password }: { identifier: string; password: string }): Promise<void> {
  await page.goto('/login')
  await fill(page, 'password', { identifier, password })
  await submit(page, 'password').click()
}

/**
 * Takes the browser's own checks off inputs (`required`, `type`), so that Kratos, not the browser,
 * judges what is sent (Ory's `cy.removeAttribute(…, 'required')`).
 */
export async function removeAttribute(page: Page, group: string, names: string[], attribute = 'required'): Promise<void> {
  for (const name of names) await input(page, name, group).evaluate((field, attr) => field.removeAttribute(attr), attribute)
}

/** Any Kratos message on the page (`ui/message/*`), in document order. */
export function anyMessage(page: Page): Locator {
  return page.locator('[data-testid^="message-"], [data-id]')
}

/** Kratos's "Your changes have been saved!" (1050001): the demo's settings page draws it on its own. */
export function settingsSaved(page: Page): Locator {
  return page.locator('[data-testid="settings-saved"], [data-testid="message-1050001"], [data-id="1050001"]')
}

/**
 * A field of one-step registration as the person finds it beside `group`'s button: in that
 * method's form (`form-<group>`), in the shared traits (`form-shared`), or else the first of its name.
 */
export async function fieldBeside(page: Page, name: string, group: string): Promise<Locator> {
  await page.locator(`input[name="${name}"]`).first().waitFor()
  const own = input(page, name, group)
  return (await own.count()) ? own : input(page, name).first()
}
