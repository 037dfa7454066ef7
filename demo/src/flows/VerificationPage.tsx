import { useVerificationFlow } from 'ory-session-react/flows'
import { Link } from '../router'
import { FlowScreen } from './FlowScreen'

/** Kratos's verification UI: the e-mail (prefilled after registration), then the code from it. */
export function VerificationPage() {
  const verification = useVerificationFlow()
  if (verification.status === 'done' && verification.result.type === 'verified') {
    // Kratos's own "Continue" goes where the person asked to go (the flow's return_to, else the
    // verification's default return URL): the way on, as Ory's apps draw it. Home when it has none.
    const next = verification.nodes.find((node) => node.attributes.node_type === 'a' && node.attributes.id === 'continue')?.attributes
    return (
      <>
        <h1 data-testid="flow-title">Verify your e-mail address</h1>
        <p role="status" data-testid="verified">
          Your e-mail address is verified.
        </p>
        {next && 'href' in next ? <a href={next.href}>Continue</a> : <Link to="/">Continue</Link>}
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
            This demo sends no e-mail: read the code in the <Link to="/mailbox">Mailbox</Link>.
          </p>
        )
      }
    />
  )
}
