import type { UiText } from '@ory/client'
import { formatUiText } from 'ory-session-react/flows'
import { useLocale } from '../language'

/**
 * A flow's own messages ("The provided credentials are invalid", "An e-mail with a code was sent"),
 * once, above its forms: one live region, always on the page, so a screen reader announces each
 * new message once (not one alert per line). After a submit Kratos turned back with no field error,
 * the focus comes here (FlowScreen's useFocusOnError): it is focusable, and empty while there is
 * nothing to say.
 */
export function FlowMessages({ messages }: { messages: readonly UiText[] }) {
  const locale = useLocale()
  return (
    // The region wraps the list: a <ul role="status"> would no longer be a list for its items.
    <div role="status" tabIndex={-1} lang={locale?.lang}>
      {messages.length > 0 && (
        <ul className="messages">
          {messages.map((message) => (
            <li key={message.id} className={`message-${message.type}`} data-testid={`message-${message.id}`}>
              {formatUiText(message, locale)}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
