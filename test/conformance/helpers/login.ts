import { expect, type APIResponse, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'

/** What a port reads of a browser flow's JSON: where its form goes and its fields (csrf_token). */
export interface BrowserFlowForm {
  ui: { action: string; nodes: { attributes: { name?: string; value?: unknown } }[] }
}

/** Starts a browser `kind` flow over HTTP from the page's cookie jar (JSON, no page); expects 200. */
export async function startFlowByRequest(page: Page, kratos: ConformanceKratos, kind: 'login' | 'registration', query: Record<string, string> = {}): Promise<BrowserFlowForm> {
  const init = new URL(`/self-service/${kind}/browser`, kratos.publicUrl)
  for (const [key, value] of Object.entries(query)) init.searchParams.set(key, value)
  const started = await page.request.get(init.href, { headers: { Accept: 'application/json' }, maxRedirects: 0 })
  expect(started.status()).toBe(200)
  return (await started.json()) as BrowserFlowForm
}

/** Sends `fields` with the flow's csrf_token to its action as JSON from the page's cookie jar. */
export function submitFlowByRequest(page: Page, flow: BrowserFlowForm, fields: Record<string, unknown>): Promise<APIResponse> {
  const csrf = flow.ui.nodes.find((node) => node.attributes.name === 'csrf_token')?.attributes.value
  return page.request.post(flow.ui.action, { headers: { Accept: 'application/json' }, data: { csrf_token: csrf, ...fields }, maxRedirects: 0 })
}

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
  const flow = await startFlowByRequest(page, kratos, 'login')
  const answer = await submitFlowByRequest(page, flow, { identifier: email, password, method: 'password' })
  expect(answer.status(), await answer.text()).toBe(200)
}

/**
 * Ory's `cy.register`: a browser registration flow started (`query` on its init URL) and sent as JSON
 * from the page's cookie jar; expects Kratos's answer to name the new identity.
 */
export async function registerByRequest(page: Page, kratos: ConformanceKratos, { traits, password, query }: { traits: { email: string } & Record<string, unknown>; password: string; query?: Record<string, string> }): Promise<void> {
  const flow = await startFlowByRequest(page, kratos, 'registration', query)
  const answer = await submitFlowByRequest(page, flow, { traits, password, method: 'password' })
  const body = (await answer.json()) as { identity?: { traits?: { email?: string } } }
  expect(body.identity?.traits?.email).toContain(traits.email)
}
