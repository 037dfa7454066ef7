import { useEffect } from 'react'
import { FlowForm, useRecoveryFlow } from 'ory-session-react/flows'
import { settingsFlowId } from './continueWith'
import { go } from './screen'

/**
 * Account recovery by code (`/mobile/Recovery`) on Kratos's API flow: the right code signs in (the
 * token is stored) and opens the settings flow Kratos prepared (`show_settings_ui`).
 */
export function Recovery() {
  const recovery = useRecoveryFlow()
  const settings = recovery.status === 'done' ? settingsFlowId(recovery.continueWith) : undefined
  useEffect(() => {
    if (settings) go('Settings', { flow: settings })
  }, [settings])
  return (
    <section data-testid="screen-recovery">
      <h1>Recover your account</h1>
      <FlowForm flow={recovery} fallback={<p>Loading…</p>} />
      {recovery.status === 'error' && <p role="alert">{recovery.error.message}</p>}
    </section>
  )
}
