import type { UiNode } from '@ory/client'
import type { FlowValues } from './flowBody.js'

/**
 * Reads a submitted form the way the browser would post it: every named field, plus the button
 * that submitted it (FormData leaves buttons out). Returns the submitter's node group too, which
 * names the method when no field does (settings' `totp_unlink`, recovery's resend button).
 */
export function formValues(form: HTMLFormElement, submitter: HTMLButtonElement | HTMLInputElement | null, nodes: readonly UiNode[]): { values: FlowValues; group: string | undefined } {
  const values: FlowValues = {}
  for (const [name, value] of new FormData(form)) if (typeof value === 'string') values[name] = value
  let group: string | undefined
  if (submitter?.name) {
    values[submitter.name] = submitter.value
    group = nodes.find(({ attributes }) => attributes.node_type === 'input' && attributes.name === submitter.name && String(attributes.value ?? '') === submitter.value)?.group
  }
  return { values, group }
}
