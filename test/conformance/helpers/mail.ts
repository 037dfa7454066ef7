import { courierMessages } from '../../../scripts/courier.mjs'
import type { ConformanceKratos } from '../fixtures'

export interface Mail {
  id: string
  template_type: string
  subject: string
  body: string
  /** The six-digit code on a line of its own (code templates), if any. */
  code?: string
  /** The first Kratos self-service link (link templates), if any. */
  link?: string
}

/**
 * The newest e-mail Kratos queued for `to` (of `template`, e.g. `verification_code_valid`,
 * `recovery_valid`), read from the admin API as the demo's Mailbox does; waits up to `timeoutMs`.
 * `skip`: ids already used.
 */
export async function latestMail(kratos: ConformanceKratos, to: string, { template, skip = [], timeoutMs = 5_000 }: { template?: string; skip?: string[]; timeoutMs?: number } = {}): Promise<Mail> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const all = (await courierMessages(kratos.adminUrl, to)) as Mail[]
    const latest = all.filter((mail) => (!template || mail.template_type === template) && !skip.includes(mail.id)).at(-1)
    if (latest) {
      const code = latest.body.match(/^\s*(\d{6})\s*$/m)?.[1]
      const link = latest.body.match(/https?:\/\/[^\s"'<>]+\/self-service\/[^\s"'<>]+/)?.[0]?.replace(/&amp;/g, '&')
      return { ...latest, ...(code ? { code } : {}), ...(link ? { link } : {}) }
    }
    if (Date.now() > deadline) throw new Error(`no${template ? ` ${template}` : ''} e-mail to ${to} in Kratos's courier messages`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** Every e-mail Kratos queued for `to`, oldest first. */
export function mails(kratos: ConformanceKratos, to: string): Promise<Mail[]> {
  return courierMessages(kratos.adminUrl, to) as Promise<Mail[]>
}
