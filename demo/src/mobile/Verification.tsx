import { FlowForm, useVerificationFlow } from 'ory-session-react/flows'
import { go } from './screen'

/** Verify an address (`/mobile/Verification?flow=`): the flow Kratos started. Verified: its message, then Home. */
export function Verification({ params }: { params: URLSearchParams }) {
  const flowId = params.get('flow')
  const verification = useVerificationFlow(flowId ? { flowId } : {})
  return (
    <section data-testid="screen-verification">
      <h1>Verify your account</h1>
      {verification.status === 'done' ? (
        <>
          {verification.messages.map((message) => (
            <p key={message.id} data-id={message.id}>{message.text}</p>
          ))}
          <button type="button" data-testid="continue-button" onClick={() => go('Home')}>Continue</button>
        </>
      ) : (
        <FlowForm flow={verification} fallback={<p>Loading…</p>} />
      )}
      {verification.status === 'error' && <p role="alert">{verification.error.message}</p>}
    </section>
  )
}
