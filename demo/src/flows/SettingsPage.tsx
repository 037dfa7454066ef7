import { formatUiText, useSettingsFlow } from 'ory-session-react/flows'
import { useLocale } from '../language'
import { Link } from '../router'
import { FlowScreen } from './FlowScreen'

/** Kratos's "Your changes have been saved!" (shown once: as the saved notice, not again in the list). */
const SAVED = 1050001

/** The flow's `return_to` as an in-app path, when it is this app's page (the hook goes there after a save). */
function pageToReturnTo(returnTo: string | undefined): string | undefined {
  if (!returnTo) return undefined
  const url = new URL(returnTo, window.location.href)
  return url.origin === window.location.origin ? `${url.pathname}${url.search}${url.hash}` : undefined
}

/**
 * Kratos's settings UI: profile, password, TOTP, backup codes, passkeys. Saving stays on the page,
 * unless the flow was started with a `return_to` (the MFA page's "Set up a second factor" link):
 * then a save goes back there, and the page says so.
 */
export function SettingsPage() {
  const settings = useSettingsFlow()
  const locale = useLocale()
  const saved = settings.saved ? settings.messages.find((message) => message.id === SAVED) : undefined
  const back = pageToReturnTo(settings.flow?.return_to)
  return (
    <FlowScreen title="Settings" flow={settings} titled messages={saved ? settings.messages.filter((message) => message !== saved) : settings.messages}
      intro={
        <>
          {back && (
            <p data-testid="settings-return-to">
              Saving a change takes you back to <Link to={back}>{back}</Link>.
            </p>
          )}
          {saved && <p role="status" className="message-success" data-testid="settings-saved" lang={locale?.lang}>{formatUiText(saved, locale)}</p>}
        </>
      }
    />
  )
}
