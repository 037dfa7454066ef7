import type { FormEvent } from 'react'
import { Messages } from './Messages'
import { NodeView } from './NodeView'
import { formToJson, submitFlow, type AnyFlow } from './submitFlow'
import type { FlowKind } from './useFlow'

const ORDER = ['oidc', 'profile', 'password', 'totp', 'lookup_secret', 'webauthn', 'code']

/**
 * Renders a flow's `ui.nodes` as one form per method group (password, TOTP, lookup codes, …),
 * each with the shared nodes (CSRF token), as Kratos expects one method per submit.
 */
export function FlowForms({ kind, flow, show }: { kind: FlowKind; flow: AnyFlow; show: (flow: AnyFlow) => void }) {
  const shared = flow.ui.nodes.filter((node) => node.group === 'default')
  const groups = ORDER.filter((group) => flow.ui.nodes.some((node) => node.group === group))
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    void submitFlow(kind, flow, formToJson(event.currentTarget, submitter), show)
  }
  return (
    <>
      <Messages messages={flow.ui.messages} />
      {groups.map((group) => (
        <section key={group} aria-label={group}>
          <form onSubmit={onSubmit} data-testid={`form-${group}`}>
            {[...shared, ...flow.ui.nodes.filter((node) => node.group === group)].map((node, index) => (
              // Kratos's node list for a flow is fixed; the index is a stable key.
              <NodeView key={index} node={node} />
            ))}
          </form>
        </section>
      ))}
    </>
  )
}
