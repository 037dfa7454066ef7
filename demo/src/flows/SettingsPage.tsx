import { useSettingsFlow } from 'ory-session-react/flows'
import { FlowScreen } from './FlowScreen'

/** Kratos's "Your changes have been saved!" (shown once: as the saved notice, not again in the list). */
const SAVED = 1050001

/** Kratos's settings UI: profile, password, TOTP, backup codes, passkeys. Saving stays on the page. */
export function SettingsPage() {
  const settings = useSettingsFlow()
  const saved = settings.saved ? settings.messages.find((message) => message.id === SAVED) : undefined
  return (
    <FlowScreen title="Settings" flow={settings} titled messages={saved ? settings.messages.filter((message) => message !== saved) : settings.messages}
      intro={saved && <p role="status" className="message-success" data-testid="settings-saved">{saved.text}</p>}
    />
  )
}
