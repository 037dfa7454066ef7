import { useRecoveryFlow } from 'ory-session-react/flows'
import { Link } from '../router'
import { FlowScreen } from './FlowScreen'

/** Kratos's recovery UI: the e-mail, then the code from it; then Settings, to set a new password. */
export function RecoveryPage() {
  const recovery = useRecoveryFlow()
  // Kratos's config chooses the method (`selfservice.flows.recovery.use`): a code or a link.
  const byLink = recovery.nodes.some((node) => node.group === 'link')
  return (
    <FlowScreen
      title="Recover your account"
      flow={recovery}
      intro={
        recovery.flow && (
          <p data-testid="recovery-intro">
            {byLink
              ? 'We send a link to your e-mail address; open it to sign in and choose a new password.'
              : 'We send a code to your e-mail address; enter it here to sign in and choose a new password.'}
            {import.meta.env.DEV && (
              <>
                {' '}
                This demo sends no e-mail: open the {byLink ? 'link' : 'code'} in the <Link to="/mailbox">Mailbox</Link>.
              </>
            )}
          </p>
        )
      }
    >
      <p>
        <a href="/login">Back to sign in</a>
      </p>
    </FlowScreen>
  )
}
