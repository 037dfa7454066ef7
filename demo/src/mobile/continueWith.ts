import type { ContinueWith } from '@ory/client'

/** The verification flow Kratos started for the person (`show_verification_ui`), if any. */
export function verificationFlowId(items: readonly ContinueWith[]): string | undefined {
  for (const item of items) if (item.action === 'show_verification_ui') return item.flow.id
}

/** The settings flow recovery ends in (`show_settings_ui`), if any. */
export function settingsFlowId(items: readonly ContinueWith[]): string | undefined {
  for (const item of items) if (item.action === 'show_settings_ui') return item.flow.id
}
