import type { UiNode, UiNodeInputAttributes } from '@ory/client'
import { Messages } from './Messages'

/** One of Kratos's `ui.nodes`: an input, a button, the TOTP QR code, a secret to note down. */
export function NodeView({ node }: { node: UiNode }) {
  const { attributes } = node
  switch (attributes.node_type) {
    case 'input':
      return <InputNode node={node} attributes={attributes} />
    case 'img':
      return <img src={attributes.src} alt={node.meta.label?.text ?? ''} data-testid={`node-${attributes.id}`} width={attributes.width} />
    case 'text': {
      // Lookup secrets come as a list in the text's context.
      const secrets = (attributes.text.context as { secrets?: { text: string }[] } | undefined)?.secrets
      return (
        <p>
          {node.meta.label?.text && <span>{node.meta.label.text}: </span>}
          <code data-testid={`node-${attributes.id}`}>{secrets ? secrets.map((s) => s.text).join(' ') : attributes.text.text}</code>
        </p>
      )
    }
    case 'a':
      return <a href={attributes.href}>{attributes.title.text}</a>
    default:
      return null
  }
}

function InputNode({ node, attributes }: { node: UiNode; attributes: UiNodeInputAttributes }) {
  const label = node.meta.label?.text ?? attributes.label?.text ?? attributes.name
  if (attributes.type === 'hidden') return <input type="hidden" name={attributes.name} value={String(attributes.value ?? '')} />
  if (attributes.type === 'submit' || attributes.type === 'button') {
    return (
      <button type="submit" name={attributes.name} value={JSON.stringify(attributes.value ?? '')} disabled={attributes.disabled}>
        {label}
      </button>
    )
  }
  return (
    <label>
      {label}
      <input
        name={attributes.name}
        type={attributes.type}
        defaultValue={attributes.value === undefined || attributes.value === null ? undefined : String(attributes.value)}
        required={attributes.required}
        disabled={attributes.disabled}
        autoComplete={attributes.autocomplete}
      />
      <Messages messages={node.messages} />
    </label>
  )
}
