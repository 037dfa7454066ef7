import type { VerificationFlow } from '@ory/client'
import { useFlow, type FlowHook, type FlowOptions } from './useFlow.js'

/** Options of {@link useVerificationFlow}. */
export type VerificationFlowOptions = FlowOptions

/**
 * Runs Kratos's e-mail verification flow (`use: code`) inside the page. A correct code ends as
 * `status: 'done'` with `result.type === 'verified'` (the session is refetched, so
 * `verifiable_addresses` show it); with `returnTo` the hook goes there instead.
 *
 * @example
 * ```tsx
 * import { FlowForm, useVerificationFlow } from 'ory-session-react/flows'
 *
 * export function VerificationPage() {
 *   const verification = useVerificationFlow()
 *   if (verification.status === 'done') return <p>Your address is verified. <a href="/">Continue</a></p>
 *   return <FlowForm flow={verification} />
 * }
 * ```
 */
export function useVerificationFlow(options: VerificationFlowOptions = {}): FlowHook<VerificationFlow> {
  return useFlow('verification', 'useVerificationFlow', options)
}
