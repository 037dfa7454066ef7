import type { RecoveryFlow } from '@ory/client'
import { useFlow, type FlowHook, type FlowOptions } from './useFlow.js'

/** Options of {@link useRecoveryFlow}. */
export type RecoveryFlowOptions = FlowOptions

/**
 * Runs Kratos's account recovery flow (`use: code`) inside the page: e-mail, then the code. A wrong
 * code answers with the same flow and a message; a retry Kratos answers with a new flow is adopted
 * (and its id put in the URL). The right code signs the person in: the hook refetches the session
 * and goes to the settings page Kratos names, to set a new password.
 *
 * @example
 * ```tsx
 * import { FlowForm, useRecoveryFlow } from 'ory-session-react/flows'
 *
 * export function RecoveryPage() {
 *   const recovery = useRecoveryFlow()
 *   return <FlowForm flow={recovery} />
 * }
 * ```
 */
export function useRecoveryFlow(options: RecoveryFlowOptions = {}): FlowHook<RecoveryFlow> {
  return useFlow('recovery', 'useRecoveryFlow', options)
}
