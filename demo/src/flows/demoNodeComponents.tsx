import { defaultNodeComponents, type NodeComponents, type TextNodeProps } from 'ory-session-react/flows'

/** A secret to note down (the TOTP key, lookup codes), labelled, with a test id from Kratos's node id. */
function SecretText({ node, attributes }: TextNodeProps) {
  // Lookup secrets come as a list of codes in the text's context.
  const secrets = (attributes.text.context as { secrets?: { text: string }[] } | undefined)?.secrets
  // The codes as the library's list (a screen reader reads them one by one), under their label.
  if (secrets)
    return (
      <div data-testid={`node-${attributes.id}`}>
        {node.meta.label?.text && <p>{node.meta.label.text}</p>}
        <defaultNodeComponents.Text node={node} attributes={attributes} />
      </div>
    )
  return (
    <p>
      {node.meta.label?.text && <span>{node.meta.label.text}: </span>}
      <code data-testid={`node-${attributes.id}`}>{attributes.text.text}</code>
    </p>
  )
}

/** The library's unstyled node components, with the demo's text nodes. */
export const demoNodeComponents: Partial<NodeComponents> = { ...defaultNodeComponents, Text: SecretText }
