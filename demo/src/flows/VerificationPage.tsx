import { useVerificationFlow } from 'ory-session-react/flows'
import { Link } from '../router'
import { FlowScreen } from './FlowScreen'

/** Kratos's verification UI: the e-mail (prefilled after registration), then the code from it, or a link (`use: link`). */
export function VerificationPage() {
  const verification = useVerificationFlow()
  if (verification.status === 'done' && verification.result.type === 'verified') {
    return (
      <>
        <h1 data-testid="flow-title">Verify your e-mail address</h1>
        <p role="status" data-testid="verified">
          Your e-mail address is verified.
        </p>
        <Link to="/">Continue</Link>
      </>
    )
  }
  return (
    <FlowScreen
      title="Verify your e-mail address"
      flow={verification}
      intro={
        import.meta.env.DEV && (
          <p>
            This demo sends no e-mail: open the {verification.nodes.some((node) => node.group === 'link') ? 'link' : 'code'} in the <Link to="/mailbox">Mailbox</Link>.
          </p>
        )
      }
    />
  )
}
