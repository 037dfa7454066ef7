import { useEffect } from 'react'
import { FlowForm, useSettingsFlow } from 'ory-session-react/flows'
import { verificationFlowId } from './continueWith'
import { go } from './screen'
import { SignOut } from './SignOut'

// One form per method, as Ory's app draws them (`settings-profile`, `settings-password`, …).
const SECTIONS = ['profile', 'password', 'totp', 'lookup_secret', 'webauthn'] as const

/**
 * Settings (`/mobile/Settings`, `?flow=` after recovery) on Kratos's API flow, with the token. A
 * change that needs verification goes to the verification Kratos started.
 */
export function Settings({ params }: { params: URLSearchParams }) {
  const flowId = params.get('flow')
  const settings = useSettingsFlow(flowId ? { flowId } : {})
  const verification = settings.saved ? verificationFlowId(settings.continueWith) : undefined
  useEffect(() => {
    if (verification) go('Verification', { flow: verification })
  }, [verification])
  const groups = new Set(settings.nodes.map((node) => node.group))
  return (
    <section data-testid="screen-settings">
      <h1>Settings</h1>
      {settings.status === 'error' && <p role="alert">{settings.error.message}</p>}
      {SECTIONS.filter((group) => groups.has(group)).map((group) => (
        <div key={group} data-testid={`settings-${group}`}>
          <FlowForm flow={settings} groups={['default', group]} fallback={<p>Loading…</p>} />
        </div>
      ))}
      <button type="button" onClick={() => go('Home')}>Home</button>
      <SignOut />
    </section>
  )
}
