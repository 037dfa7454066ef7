import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'
import type { Overlay } from '../profileConfig'
import { message, submit } from './browser'
import { mails, type Mail } from './mail'
import { whoami } from './session'

/** Kratos's two ways to verify an address (`selfservice.flows.verification.use`). */
export type VerificationStrategy = 'code' | 'link'

/**
 * Ory's verification specs' `cy.useConfig(builder => builder.longVerificationLifespan()
 * .longLifespan(s).useVerificationStrategy(s).notifyUnknownRecipients('verification', notify))`.
 */
export function verificationConfig(strategy: VerificationStrategy, { notifyUnknown = false }: { notifyUnknown?: boolean } = {}): Overlay {
  return {
    selfservice: {
      flows: { verification: { enabled: true, lifespan: '1m', use: strategy, notify_unknown_recipients: notifyUnknown } },
      methods: { [strategy]: { enabled: true, config: { lifespan: '1m' } } },
    },
  }
}

/** Ory's `cy.shortLifespan(s)` / `cy.shortCodeLifespan()`: what is mailed expires at once. */
export function shortLifespan(strategy: VerificationStrategy): Overlay {
  return { selfservice: { methods: { [strategy]: { config: { lifespan: '1ms' } } } } }
}

/** Ory's `cy.enableLoginForVerifiedAddressOnly()`: a password sign-in needs a verified address. */
export const loginForVerifiedAddressOnly: Overlay = {
  selfservice: { flows: { login: { after: { password: { hooks: [{ hook: 'require_verified_address' }] } } } } },
}

/** Kratos's "sent" message of a verification flow: 1080003 (code), 1080001 (link). */
export const SENT_ID = { code: 1080003, link: 1080001 } as const

/** Ory's `cy.contains("An email containing a verification")` after the request form is sent. */
export async function expectVerificationSent(page: Page, strategy: VerificationStrategy): Promise<void> {
  await expect(message(page, SENT_ID[strategy]).first()).toContainText('An email containing a verification')
}

/** Ory's `verifyHrefPattern`: a Kratos verification link with two of flow/code/token. */
export const verifyHrefPattern = /^http:.*\/self-service\/verification\?(((&|)code|(&|)token|(&|)flow)=([-a-zA-Z0-9]+)){2}$/

/** Ids of every e-mail Kratos queued for `to` so far (Ory's `cy.deleteMail`: later reads skip them). */
export async function mailIds(kratos: ConformanceKratos, to: string): Promise<string[]> {
  return (await mails(kratos, to)).map((mail) => mail.id)
}

/**
 * The newest e-mail to `to` with this subject (Ory's `cy.getMail({ subject, email })`), not one of
 * `skip`, with the first link of its body; waits up to 5 s. Asserts it went to `to` alone.
 */
export async function mailTo(kratos: ConformanceKratos, to: string, { subject = 'Please verify your email address', skip = [] as string[] } = {}): Promise<Mail & { href: string }> {
  let found: Mail | undefined
  await expect
    .poll(async () => (found = (await mails(kratos, to)).filter((mail) => mail.subject === subject && !skip.includes(mail.id)).at(-1)) !== undefined, { message: `an e-mail "${subject}" to ${to}`, timeout: 5_000 })
    .toBe(true)
  const mail = found as Mail & { recipient?: string }
  expect(mail.recipient).toBe(to)
  // Kratos keeps the plain-text part: the link is the template's only URL (Ory reads the HTML's <a>).
  const href = mail.body.match(/https?:\/\/[^\s"'<>]+\/self-service\/verification\?[^\s"'<>]+/)?.[0]?.replace(/&amp;/g, '&') ?? ''
  return { ...mail, href }
}

/** Ory's `assertVerifiableAddress`: the session's one address, its value and whether it is verified. */
export async function expectAddress(page: Page, kratos: ConformanceKratos, { email, verified }: { email: string; verified: boolean }): Promise<void> {
  await expect
    .poll(async () => {
      const address = (await whoami(page, kratos))?.identity?.verifiable_addresses
      if (address?.length !== 1) return `addresses: ${JSON.stringify(address)}`
      const [one] = address
      if (!one?.id) return 'no address id'
      return { value: one.value, verified: one.verified, verifiedAt: one.verified_at !== undefined && one.verified_at !== null }
    })
    .toEqual({ value: email, verified, verifiedAt: verified })
}

/** Whether Kratos holds `email` as verified (admin API; for cases without a session). */
export async function addressVerified(kratos: ConformanceKratos, email: string): Promise<boolean> {
  const response = await fetch(`${kratos.adminUrl}/admin/identities?credentials_identifier=${encodeURIComponent(email)}`)
  const identities = (await response.json()) as { verifiable_addresses?: { value: string; verified: boolean }[] }[]
  return identities[0]?.verifiable_addresses?.find((address) => address.value === email)?.verified ?? false
}

/** Ory's `cy.verificationApi`: an API verification flow for `email`, sent by `strategy`. */
export async function verificationApi(kratos: ConformanceKratos, { email, strategy }: { email: string; strategy: VerificationStrategy }): Promise<void> {
  const flow = (await (await fetch(`${kratos.publicUrl}/self-service/verification/api`)).json()) as { ui: { action: string; nodes: { meta?: { label?: { text?: string } } }[] } }
  expect(flow.ui.nodes.some((node) => node.meta?.label?.text === 'Email')).toBe(true)
  const answer = await fetch(flow.ui.action, { method: 'POST', headers: { 'Content-Type': 'application/json', Accept: 'application/json' }, body: JSON.stringify({ email, method: strategy }) })
  const body = (await answer.json()) as { state?: string }
  expect(body.state).toContain('sent_email')
}

/**
 * Ory's `cy.performEmailVerification`: the verification e-mail to `email` (sent to it alone, a link
 * to Kratos), its link opened; for `code` the prefilled code sent; with `redirectTo`, Kratos's
 * "Continue" followed to exactly that URL. Returns the mail used.
 */
export async function performEmailVerification(page: Page, kratos: ConformanceKratos, { email, strategy = 'code', skip = [], redirectTo }: { email: string; strategy?: VerificationStrategy; skip?: string[]; redirectTo?: string }): Promise<Mail> {
  const mail = await mailTo(kratos, email, { skip })
  expect(mail.href).toContain(kratos.publicUrl)
  await page.goto(mail.href)
  if (strategy === 'code') {
    expect(new URL(mail.href).searchParams.get('code')).not.toBeNull()
    await submit(page, 'code').click()
  }
  if (redirectTo) {
    await page.locator('a[data-testid="node/anchor/continue"], a#continue, a:has-text("Continue")').first().click()
    await expect(page).toHaveURL(redirectTo)
  }
  return mail
}

/** Ory's `cy.verifyEmail`: {@link performEmailVerification}, then the session's address is verified. */
export async function verifyEmail(page: Page, kratos: ConformanceKratos, options: Parameters<typeof performEmailVerification>[2]): Promise<Mail> {
  const mail = await performEmailVerification(page, kratos, options)
  await expectAddress(page, kratos, { email: options.email, verified: true })
  return mail
}

/**
 * Ory's `cy.verifyEmailButExpired`: the verification e-mail to `email`, the address not verified,
 * its link opened (for `code` the code sent): Kratos's 4070005 "verification flow expired" on the
 * verification page, and the address still not verified. Returns the mail used.
 */
export async function verifyEmailButExpired(page: Page, kratos: ConformanceKratos, { email, strategy = 'code', skip = [] }: { email: string; strategy?: VerificationStrategy; skip?: string[] }): Promise<Mail> {
  const mail = await mailTo(kratos, email, { skip })
  await expectAddress(page, kratos, { email, verified: false })
  await page.goto(mail.href)
  if (strategy === 'code') await submit(page, 'code').click()
  await expect(message(page, 4070005).first()).toContainText('verification flow expired')
  expect(new URL(page.url()).pathname).toContain('verification')
  await expectAddress(page, kratos, { email, verified: false })
  return mail
}
