// Reads the e-mails Kratos queued (recovery, verification, login and registration codes) from its
// admin API. Kratos runs without a courier worker, so nothing is sent: messages stay `queued`, and
// with `--dev` the admin API returns their bodies. Used by the fixture capture and the browser tests.

/** The messages Kratos queued for `recipient`, oldest first. */
export async function courierMessages(adminUrl, recipient) {
  const url = new URL('/admin/courier/messages', adminUrl)
  url.searchParams.set('recipient', recipient)
  const response = await fetch(url)
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}`)
  const messages = await response.json()
  return messages.sort((a, b) => Date.parse(a.created_at) - Date.parse(b.created_at))
}

/** The six-digit code in a message body (Kratos's code templates put it on a line of its own). */
export function codeIn(body) {
  return body.match(/^\s*(\d{6})\s*$/m)?.[1]
}

/**
 * The one-time code in the newest message to `recipient` (optionally only of `templateTypes`, e.g.
 * `['recovery_code_valid']`, and only messages other than `skip`, a list of message ids already
 * read). Waits up to `timeoutMs` for one to appear. Resolves with `{ code, id }`.
 */
export async function latestCode(adminUrl, recipient, { templateTypes, skip = [], timeoutMs = 5_000 } = {}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const messages = (await courierMessages(adminUrl, recipient)).filter(
      (message) => (!templateTypes || templateTypes.includes(message.template_type)) && !skip.includes(message.id),
    )
    const latest = messages.at(-1)
    const code = latest && codeIn(latest.body)
    if (code) return { code, id: latest.id }
    if (Date.now() > deadline) throw new Error(`no code for ${recipient} in Kratos's courier messages`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}
