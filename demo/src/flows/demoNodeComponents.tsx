import { defaultNodeComponents, type NodeComponents, type TextNodeProps } from 'ory-session-react/flows'

/** A secret to note down (the TOTP key, lookup codes), labelled, with a test id from Kratos's node id. */
function SecretText({ node, attributes }: TextNodeProps) {
  // Lookup secrets come as a list of codes in the text's context.
  const secrets = (attributes.text.context as { secrets?: { text: string }[] } | undefined)?.secrets
  return (
    <p>
      {node.meta.label?.text && <span>{node.meta.label.text}: </span>}
      <code data-testid={`node-${attributes.id}`}>{secrets ? secrets.map((secret) => secret.text).join(' ') : attributes.text.text}</code>
    </p>
  )
}

/** The library's unstyled node components, with the demo's text nodes. */
export const demoNodeComponents: Partial<NodeComponents> = { ...defaultNodeComponents, Text: SecretText }
