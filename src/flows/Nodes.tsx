import type { UiNode } from '@ory/client'
import type { FlowActions, FlowHook } from './useFlow.js'
import { defaultNodeComponents, type NodeComponents } from './nodeComponents.js'
import type { Locale } from './formatUiText.js'
import { localizeNode } from './localizeNode.js'
import { formValues } from './formValues.js'

/** Props of {@link Nodes}. */
export interface NodesProps {
  /** A flow hook's result (`useLoginFlow()` …). */
  flow: Pick<FlowHook<unknown>, 'nodes' | 'status'> & Pick<FlowActions, 'passkey'>
  /** Render only these groups (e.g. `['default', 'password']`), in Kratos's order. Default: all. */
  groups?: readonly string[]
  /** Replace the components of some node types; the rest stay the defaults. */
  components?: Partial<NodeComponents>
  /** Show labels, buttons and messages in this language (e.g. `de` from `ory-session-react/locales/de`). Default: Kratos's English. */
  locale?: Locale | undefined
}

// Every `type=button` node of Kratos v1.3.1 is a WebAuthn trigger (onclickTrigger oryPasskeyLogin,
// oryPasskeyRegistration, oryPasskeySettingsRegistration, and for security keys oryWebAuthnLogin,
// oryWebAuthnRegistration). Its script is replaced by the hook's passkey(): no script injection,
// and the answer comes back to the hook (session refetch, no page load).

// One form holds every method: a method's button must not be blocked by another method's required field.
function groupsWithRequiredInputs(nodes: readonly UiNode[]): Set<string> {
  const groups = new Set<string>()
  for (const { group, attributes } of nodes) {
    if (attributes.node_type === 'input' && attributes.required && attributes.type !== 'hidden' && attributes.type !== 'submit') groups.add(group)
  }
  return groups
}

/** The TOTP secret Kratos shows beside its QR code, for the image's text alternative. */
function totpSecret(nodes: readonly UiNode[]): string | undefined {
  for (const { attributes } of nodes) if (attributes.node_type === 'text' && attributes.id === 'totp_secret_key') return attributes.text.text
}

/** A stable key: Kratos's name/value for inputs (so typed text survives a flow update), else the position. */
function keyOf(node: UiNode, index: number): string {
  const { attributes } = node
  if (attributes.node_type === 'input') return `${node.group}:${attributes.type}:${attributes.name}:${attributes.type === 'submit' || attributes.type === 'button' ? String(attributes.value ?? '') : ''}`
  return `${node.type}:${index}`
}

/**
 * Renders a flow's `ui.nodes`, unstyled, each node type through a component you can replace.
 * Script nodes are left out: passkeys and security keys run through the hook's `passkey()` (the
 * trigger button calls it). Use it inside your own `<form {...flow.getFormProps()}>`, or use `<FlowForm>`.
 *
 * @example
 * ```tsx
 * import { Nodes, useLoginFlow, type InputNodeProps } from 'ory-session-react/flows'
 *
 * function FancyInput({ attributes, label }: InputNodeProps) {
 *   return <input className="fancy" name={attributes.name} type={attributes.type} placeholder={label} />
 * }
 *
 * export function PasswordOnlyLogin() {
 *   const login = useLoginFlow()
 *   return (
 *     <form {...login.getFormProps()}>
 *       <Nodes flow={login} groups={['default', 'password']} components={{ Input: FancyInput }} />
 *     </form>
 *   )
 * }
 * ```
 */
export function Nodes({ flow, groups, components, locale }: NodesProps) {
  const { Input, Button, Text, Image, Anchor } = { ...defaultNodeComponents, ...components }
  const busy = flow.status === 'submitting'
  const requiredIn = groupsWithRequiredInputs(flow.nodes)
  return (
    <>
      {(locale ? flow.nodes.map((node) => localizeNode(node, locale)) : flow.nodes).map((node, index) => {
        if (groups && !groups.includes(node.group)) return null
        const key = keyOf(node, index)
        const { attributes } = node
        switch (attributes.node_type) {
          case 'input': {
            const label = node.meta.label?.text
            if (attributes.type === 'submit' || attributes.type === 'button') {
              if (attributes.type === 'button' && !attributes.onclickTrigger) return null
              // The trigger goes with its method's fields (a security key's name), as a submit
              // button would, and tells passkey() which key the person pressed.
              const onClick =
                attributes.type === 'button'
                  ? (event?: { currentTarget: HTMLButtonElement }) =>
                      void flow.passkey(formValues(event?.currentTarget.form ?? undefined, { name: attributes.name, value: String(attributes.value ?? '') }, flow.nodes).values)
                  : undefined
              // Only a method's own submit checks required fields: "Resend code" (\`resend\`, \`email\`),
              // "Back" (\`screen\`), unlink and the like must work with the code box still empty.
              const formNoValidate = attributes.name !== 'method' || [...requiredIn].some((group) => group !== node.group && group !== 'default')
              return <Button key={key} node={node} attributes={attributes} label={label} messages={node.messages} onClick={onClick} disabled={busy} formNoValidate={formNoValidate} />
            }
            return <Input key={key} node={node} attributes={attributes} label={label} messages={node.messages} />
          }
          case 'text':
            return <Text key={key} node={node} attributes={attributes} />
          case 'img':
            return <Image key={key} node={node} attributes={attributes} secret={totpSecret(flow.nodes)} />
          case 'a':
            return <Anchor key={key} node={node} attributes={attributes} />
          default:
            return null
        }
      })}
    </>
  )
}
