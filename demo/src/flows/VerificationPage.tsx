import { useVerificationFlow } from 'ory-session-react/flows'
import { Link } from '../router'
import { FlowMessages } from './FlowMessages'
import { FlowScreen } from './FlowScreen'

/** Kratos's verification UI: the e-mail (prefilled after registration), then the code from it, or a link (`use: link`). */
export function VerificationPage() {
  const verification = useVerificationFlow()
  if (verification.status === 'done' && verification.result.type === 'verified') {
    // Kratos's passed flow: its message (1080002) and its "continue" anchor, whose href is the
    // flow's return_to (a verification Kratos prepared after registration keeps the registration's).
    const next = verification.nodes.find((node) => node.attributes.node_type === 'a')
    return (
      <>
        <h1 data-testid="flow-title">Verify your e-mail address</h1>
        <p role="status" data-testid="verified">
          Your e-mail address is verified.
        </p>
        <FlowMessages messages={verification.messages} />
        {next?.attributes.node_type === 'a' ? (
          <a id={next.attributes.id} href={next.attributes.href} data-testid={`node-${next.attributes.id}`}>
            {next.attributes.title.text}
          </a>
        ) : (
          <Link to="/">Continue</Link>
        )}
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
