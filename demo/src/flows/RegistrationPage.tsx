import { useRegistrationFlow } from 'ory-session-react/flows'
import { FlowScreen } from './FlowScreen'

/** Kratos's registration UI: the e-mail first, then a password, a code by e-mail or a passkey. */
export function RegistrationPage() {
  const registration = useRegistrationFlow()
  if (registration.status === 'done' && registration.result.type === 'registered') {
    return (
      <>
        <h1 data-testid="flow-title">Create an account</h1>
        <p data-testid="registered">
          Your account exists. <a href="/login">Sign in</a>.
        </p>
      </>
    )
  }
  return (
    <FlowScreen title="Create an account" flow={registration}>
      {registration.flow && (
        <p>
          Have an account? <a href="/login">Sign in instead</a>.
        </p>
      )}
    </FlowScreen>
  )
}
