import type { UiText } from '@ory/client'

/** Kratos's messages for a flow or a field, e.g. "The provided credentials are invalid". */
export function Messages({ messages }: { messages: UiText[] | undefined }) {
  if (!messages?.length) return null
  return (
    <ul className="messages">
      {messages.map((message) => (
        <li key={message.id} className={`message-${message.type}`} data-testid={`message-${message.id}`}>
          {message.text}
        </li>
      ))}
    </ul>
  )
}
