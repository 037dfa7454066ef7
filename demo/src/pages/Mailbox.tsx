import { useQuery } from '@tanstack/react-query'
import { useSession } from 'ory-session-react'
import { useState } from 'react'
import { Time } from '../time'

/** A message Kratos queued (admin `GET /admin/courier/messages`; bodies are readable under `--dev`). */
interface CourierMessage {
  id: string
  recipient: string
  subject: string
  body: string
  template_type: string
  created_at: string
}

/** The six-digit code Kratos's templates put on a line of its own. */
const codeIn = (body: string) => body.match(/^\s*(\d{6})\s*$/m)?.[1]

async function fetchMessages(recipient: string): Promise<CourierMessage[]> {
  const response = await fetch(`/__mailbox${recipient ? `?recipient=${encodeURIComponent(recipient)}` : ''}`)
  if (!response.ok) throw new Error(`The mailbox answered ${response.status}: is Kratos's admin API (ORY_ADMIN_URL, default http://localhost:4434) running?`)
  const messages = (await response.json()) as CourierMessage[]
  return messages.sort((a, b) => Date.parse(b.created_at) - Date.parse(a.created_at))
}

/** A message's text with its links (recovery and verification by `link`) as links a person can open. */
function MailBody({ body }: { body: string }) {
  // split() with a capturing group keeps the URLs at the odd indexes.
  const parts = body.split(/(https?:\/\/[^\s"'<>]+)/)
  return (
    <pre className="mail-body">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part} data-testid="mailbox-link">
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  )
}

/**
 * Development only: the e-mails Kratos would have sent (sign-in, recovery and verification codes).
 * The demo runs no mail server; Kratos keeps its messages queued and the Vite dev server proxies
 * `/__mailbox` to Kratos's admin API. Not part of a production build.
 */
export function Mailbox() {
  const { identity } = useSession()
  const signedInAs = typeof identity?.traits.email === 'string' ? identity.traits.email : ''
  const [recipient, setRecipient] = useState(() => new URLSearchParams(window.location.search).get('to') ?? '')
  const shown = recipient.trim()
  const messages = useQuery({ queryKey: ['demo-mailbox', shown], queryFn: () => fetchMessages(shown), refetchInterval: 2_000 })
  return (
    <>
      <h1>Mailbox</h1>
      <p>
        Development only. Kratos has no mail server here: the e-mails it would send stay in its queue, and this page reads them from its admin
        API. Codes and links for signing in, recovering an account and verifying an address show up within two seconds.
      </p>
      <section aria-label="filter">
        <label>
          Recipient (empty: everyone)
          <input type="email" value={recipient} onChange={(event) => setRecipient(event.target.value)} placeholder="someone@example.com" data-testid="mailbox-recipient" />
        </label>
        {signedInAs && signedInAs !== shown && (
          <button type="button" onClick={() => setRecipient(signedInAs)}>
            Only mine ({signedInAs})
          </button>
        )}
      </section>
      {messages.error && <p role="alert">{messages.error.message}</p>}
      {messages.data?.length === 0 && <p data-testid="mailbox-empty">No e-mails{shown ? ` to ${shown}` : ''} yet.</p>}
      {messages.data?.map((message) => (
        <section key={message.id} aria-label={message.subject} data-testid="mailbox-message">
          <h2>{message.subject}</h2>
          <p>
            To <strong data-testid="mailbox-message-recipient">{message.recipient}</strong>, <Time value={message.created_at} />
          </p>
          {codeIn(message.body) && (
            <p>
              Code: <strong className="code" data-testid="mailbox-code">{codeIn(message.body)}</strong>
            </p>
          )}
          <MailBody body={message.body} />
        </section>
      ))}
    </>
  )
}
