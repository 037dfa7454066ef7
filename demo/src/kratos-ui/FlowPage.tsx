import { useSession } from 'ory-session-react'
import { FlowForms } from './FlowForms'
import type { AnyFlow } from './submitFlow'
import { useFlow, type FlowKind } from './useFlow'

/** Heading by flow: the login page also serves refresh and second-factor flows of signed-in users. */
function titleOf(kind: FlowKind, flow: AnyFlow & { refresh?: boolean; requested_aal?: string }): string {
  if (kind === 'login' && flow.refresh) return 'Confirm it is you (sign in again)'
  if (kind === 'login' && flow.requested_aal === 'aal2') return 'Second factor'
  return { login: 'Sign in', registration: 'Create an account', settings: 'Settings' }[kind]
}

/** A Kratos browser flow page: login, registration or settings. */
export function FlowPage({ kind }: { kind: FlowKind }) {
  const { flow, setFlow, problem } = useFlow<AnyFlow>(kind)
  const { refetch } = useSession()
  const show = (next: AnyFlow) => {
    setFlow(next)
    // Enrolling TOTP or lookup codes upgrades the session to aal2 at once (and other saves change
    // the identity): ask whoami again, so an aal2 page renders without a reload.
    if (kind === 'settings' && next.state === 'success') void refetch()
  }
  if (problem) return <p role="alert">{problem}</p>
  if (!flow) return <p>Loading…</p>
  return (
    <>
      <h1 data-testid={`flow-title`}>{titleOf(kind, flow)}</h1>
      {kind === 'settings' && flow.state === 'success' && <p data-testid="settings-saved">Your changes have been saved.</p>}
      <FlowForms kind={kind} flow={flow} show={show} />
      {kind === 'login' && <a href="/registration">Create an account</a>}
      {kind === 'registration' && <a href="/login">Sign in instead</a>}
    </>
  )
}
