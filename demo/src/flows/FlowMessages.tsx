import type { UiText } from '@ory/client'

/**
 * A flow's own messages ("The provided credentials are invalid", "An e-mail with a code was sent"),
 * once, above its forms: one live region, always on the page, so a screen reader announces each
 * new message once (not one alert per line).
 */
export function FlowMessages({ messages }: { messages: readonly UiText[] }) {
  return (
    // The region wraps the list: a <ul role="status"> would no longer be a list for its items.
    <div role="status">
      <ul className="messages">
        {messages.map((message) => (
          <li key={message.id} className={`message-${message.type}`} data-testid={`message-${message.id}`}>
            {message.text}
          </li>
        ))}
      </ul>
    </div>
  )
}
