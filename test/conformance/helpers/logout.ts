import type { Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'
import { expectNoSession } from './session'

/** Ory's `cy.logout`: the session cookie is dropped (no logout flow), and no session is left. */
export async function logout(page: Page, kratos: ConformanceKratos): Promise<void> {
  for (const { name } of await page.context().cookies()) if (name.includes('ory_kratos_session')) await page.context().clearCookies({ name })
  await expectNoSession(page, kratos)
}
