import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'

/**
 * Ory's `cy.login`: signs in with a password through a browser login flow sent as JSON from the
 * page's own cookie jar (no form on screen), so the page then holds the session cookie. Expects 200.
 */
export async function loginByRequest(page: Page, kratos: ConformanceKratos, { email, password }: { email: string; password: string }): Promise<void> {
  // A page just opened may still be creating its own flow: Kratos's answer to it would set a new
  // anti-CSRF cookie after ours and the login would fail as a CSRF violation (seen once in CI:
  // recovery/link/success opens /recovery, then signs in).
  await page.waitForLoadState('networkidle')
  await page.context().clearCookies()
  const init = await page.request.get(`${kratos.publicUrl}/self-service/login/browser`, { headers: { Accept: 'application/json' }, maxRedirects: 0 })
  expect(init.status()).toBe(200)
  const flow = (await init.json()) as { ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] } }
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value
  const answer = await page.request.post(flow.ui.action, {
    headers: { Accept: 'application/json' },
    data: { csrf_token: csrf, identifier: email, password, method: 'password' },
    maxRedirects: 0,
  })
  expect(answer.status(), await answer.text()).toBe(200)
}
