import type { UiNode } from '@ory/client'
import type { FlowValues } from './flowBody.js'

/** The button a form was submitted with (or the one Enter in a field stands for). */
export type Submitter = Pick<HTMLButtonElement, 'name' | 'value'>

/**
 * Reads a submitted form the way the browser would post it: every named field, plus the button
 * that submitted it (FormData leaves buttons out), limited to that button's method group and the
 * shared `default` group (no form: the button alone). Returns the group too, which names the method when no field does
 * (settings' `totp_unlink`, recovery's resend button).
 */
export function formValues(form: HTMLFormElement | undefined, submitter: Submitter | null, nodes: readonly UiNode[]): { values: FlowValues; group: string | undefined } {
  const values: FlowValues = {}
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value
  let group: string | undefined
  if (submitter?.name) {
    values[submitter.name] = submitter.value
    // "Resend code" (\`email\`, \`resend\`) asks for a new code; a code left in the box would be used
    // instead (verification), or make the body drop the e-mail that asks for it (recovery).
    if (submitter.name === 'email' || submitter.name === 'resend') delete values.code
    group = nodes.find(({ attributes }) => attributes.node_type === 'input' && attributes.name === submitter.name && String(attributes.value ?? '') === submitter.value)?.group
  }
  if (!group || group === 'default') return { values, group }
  // As if each method had its own form (Kratos's own UIs do that): send the submitter's method's
  // fields and the shared ones, not the half-filled fields of the other methods.
  const groupOf = new Map<string, string>()
  for (const node of nodes) if (node.attributes.node_type === 'input' && !groupOf.has(node.attributes.name)) groupOf.set(node.attributes.name, node.group)
  const sameForm = Object.entries(values).filter(([name]) => name === submitter?.name || [group, 'default', undefined].includes(groupOf.get(name)))
  return { values: Object.fromEntries(sameForm), group }
}
