import { expect, type Page } from '@playwright/test'
import type { Session } from '@ory/client'
import type { ConformanceKratos } from '../fixtures'

/** whoami with the page's cookies (Ory's `cy.getSession`); undefined when signed out (401/403). */
export async function whoami(page: Page, kratos: ConformanceKratos): Promise<Session | undefined> {
  const response = await page.request.get(`${kratos.publicUrl}/sessions/whoami`)
  return response.ok() ? ((await response.json()) as Session) : undefined
}

/** What Ory's specs assert about a session: its AAL, methods in order, and verified addresses. */
export interface SessionExpectation {
  aal?: 'aal1' | 'aal2'
  methods?: string[]
  email?: string
  verified?: boolean
}

/** Waits (up to expect's timeout) for a session that matches, and returns it. */
export async function expectSession(page: Page, kratos: ConformanceKratos, want: SessionExpectation = {}): Promise<Session> {
  let session: Session | undefined
  await expect.poll(async () => (session = await whoami(page, kratos))?.active ?? false, { message: 'an active session' }).toBe(true)
  const got = session as Session
  if (want.aal) expect(got.authenticator_assurance_level).toBe(want.aal)
  if (want.methods) expect(got.authentication_methods?.map((method) => method.method)).toEqual(want.methods)
  if (want.email) expect(got.identity?.traits.email).toBe(want.email)
  if (want.verified !== undefined) expect(got.identity?.verifiable_addresses?.[0]?.verified).toBe(want.verified)
  return got
}

/** No session for the page's cookies (Ory's `cy.noSession`). */
export async function expectNoSession(page: Page, kratos: ConformanceKratos): Promise<void> {
  await expect.poll(() => whoami(page, kratos).then((session) => session?.active ?? false)).toBe(false)
}

/**
 * Signs out as Ory's `cy.logout` does: asks Kratos for the logout URL of the page's session and
 * opens it (cookies shared with the page), then checks the session is gone.
 */
export async function signOut(page: Page, kratos: ConformanceKratos): Promise<void> {
  const response = await page.request.get(`${kratos.publicUrl}/self-service/logout/browser`)
  expect(response.ok()).toBe(true)
  const { logout_url } = (await response.json()) as { logout_url: string }
  await page.request.get(logout_url, { maxRedirects: 0 })
  await expectNoSession(page, kratos)
}

/**
 * Ory's `shouldSession` after a sign-up or sign-in: a session whose identity has an id, the
 * `default` schema (served by this Kratos) and the traits `email` and `website`.
 */
export async function expectDefaultIdentity(page: Page, kratos: ConformanceKratos, { email, website }: { email: string; website: string }): Promise<Session> {
  const session = await expectSession(page, kratos)
  const { identity } = session
  expect(identity?.id).toBeTruthy()
  expect(identity?.schema_id).toBe('default')
  expect(identity?.schema_url).toBe(`${kratos.publicUrl}/schemas/ZGVmYXVsdA`)
  expect(identity?.traits.website).toBe(website)
  expect(identity?.traits.email).toBe(email)
  return session
}
