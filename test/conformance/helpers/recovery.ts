import { expect, type Page } from '@playwright/test'
import type { ConformanceKratos } from '../fixtures'
import type { Overlay } from '../profileConfig'
import { gen, input, message, submit } from './browser'
import { mails } from './mail'

/**
 * Ory's recovery specs' `cy.useConfig(builder => builder.longRecoveryLifespan().disableVerification()
 * .enableRecovery().useRecoveryStrategy(strategy)…)`: recovery on by `strategy`, verification off,
 * unknown recipients not notified, long lifespans. `extra` is merged over it (`notify: true` etc.).
 */
export function recoveryConfig(strategy: 'code' | 'link', { notifyUnknown = false, disableOther = false }: { notifyUnknown?: boolean; disableOther?: boolean } = {}): Overlay {
  const other = strategy === 'code' ? 'link' : 'code'
  return {
    selfservice: {
      flows: {
        recovery: { enabled: true, lifespan: '1h', use: strategy, notify_unknown_recipients: notifyUnknown },
        verification: { enabled: false },
      },
      methods: {
        [strategy]: { enabled: true, config: { lifespan: '1m' } },
        ...(disableOther ? { [other]: { enabled: false } } : {}),
      },
    },
  }
}

/** Ory's `cy.shortCodeLifespan()` / `cy.shortLinkLifespan()`: what is mailed expires at once. */
export function shortLifespan(strategy: 'code' | 'link'): Overlay {
  return { selfservice: { methods: { [strategy]: { config: { lifespan: '1ms' } } } } }
}

/** Kratos's 1060003 / 1060002, word for word (Ory's specs compare the whole text). */
export const SENT = {
  code: 'An email containing a recovery code has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.',
  link: 'An email containing a recovery link has been sent to the email address you provided. If you have not received an email, check the spelling of the address and make sure to use the address you registered with.',
} as const

/** Types `email` into the recovery form of `strategy` and sends it; with `expectSent`, waits for Kratos's "sent" message. */
export async function requestRecovery(page: Page, strategy: 'code' | 'link', email: string, { expectSent = true } = {}): Promise<void> {
  await input(page, 'email', strategy).fill(email)
  await submit(page, strategy).click()
  if (expectSent) await expect(message(page, strategy === 'code' ? 1060003 : 1060002)).toHaveText(SENT[strategy])
}

/**
 * Ory's `cy.recoverApi`: an API recovery flow (no browser) asked to mail a link to `email`
 * (optionally with `returnTo`); expects Kratos's "Email" label on the e-mail node (kratos#2591) and
 * the `sent_email` state.
 */
export async function recoverApi(kratos: ConformanceKratos, { email, returnTo }: { email: string; returnTo?: string }): Promise<void> {
  const init = await fetch(`${kratos.publicUrl}/self-service/recovery/api${returnTo ? `?return_to=${encodeURIComponent(returnTo)}` : ''}`)
  const flow = (await init.json()) as { ui: { action: string; nodes: { attributes: { name?: string }; meta: { label?: { text: string } } }[] } }
  expect(flow.ui.nodes.find((node) => node.attributes.name === 'email')?.meta.label?.text).toBe('Email')
  const answer = await fetch(flow.ui.action, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify({ email, method: 'link' }),
  })
  expect(((await answer.json()) as { state?: string }).state).toContain('sent_email')
}

/**
 * Ory's "should not notify an unknown recipient": recovery by `strategy` for an address nobody has
 * queues no e-mail. Kratos's "sent" answer comes first, so "nothing was queued" means something.
 */
export async function expectUnknownRecipientNotNotified(page: Page, kratos: ConformanceKratos, strategy: 'code' | 'link'): Promise<void> {
  const recipient = gen.email()
  await page.goto('/recovery')
  await requestRecovery(page, strategy, recipient)
  expect(await mails(kratos, recipient)).toEqual([])
}
