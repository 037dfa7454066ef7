import type { UiText } from '@ory/client'

/** A flow's own messages ("The provided credentials are invalid", "An e-mail with a code was sent"), once, above its forms. */
export function FlowMessages({ messages }: { messages: readonly UiText[] }) {
  if (!messages.length) return null
  return (
    <ul className="messages">
      {messages.map((message) => (
        <li key={message.id} className={`message-${message.type}`} data-testid={`message-${message.id}`} role={message.type === 'error' ? 'alert' : 'status'}>
          {message.text}
        </li>
      ))}
    </ul>
  )
}
