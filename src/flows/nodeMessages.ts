import type { UiNode, UiText } from '@ory/client'

/** The name a node is submitted under (`traits.email`, `password`, `method`), if it is an input. */
export function nodeName(node: UiNode): string | undefined {
  const { attributes } = node
  return attributes.node_type === 'input' ? attributes.name : undefined
}

/**
 * Kratos's error messages by field name, e.g. `{ password: [4000032 "The password must be at least
 * 8 characters long"] }`. Info messages (a code was sent) stay on the node and in `flow.ui.messages`.
 */
export function fieldErrorsOf(nodes: readonly UiNode[]): Record<string, UiText[]> {
  const errors: Record<string, UiText[]> = {}
  for (const node of nodes) {
    const name = nodeName(node)
    const messages = node.messages.filter((message) => message.type === 'error')
    if (name === undefined || messages.length === 0) continue
    ;(errors[name] ??= []).push(...messages)
  }
  return errors
}
