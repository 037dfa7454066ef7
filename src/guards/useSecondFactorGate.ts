import { useQuery } from '@tanstack/react-query'
import type { AccessDecision } from './decideAccess.js'
import { secondFactorQueryOptions } from './secondFactorCheck.js'
import type { SessionContextValue } from '../session/SessionContext.js'

/** A guard's decision once the second-factor check had its say. */
export type GatedDecision = AccessDecision | { readonly type: 'second_factor_missing' }

/**
 * Lets a guard's "send to the aal2 step" through only when the step can be taken. Only
 * `aal_too_low` (whoami answered 200 at aal1) is checked: a 403 `session_aal2_required` already
 * says the identity has a second factor (Kratos answers it only then), and every other decision
 * needs no second factor. So pages without `aal`, and sessions that satisfy the page, cost nothing.
 * While the check runs the guard waits; when it fails, the guard shows the error and never leaves.
 * Everything that decides comes from Kratos, so one mount or many (StrictMode) cost one request.
 */
export function useSecondFactorGate(context: SessionContextValue, decision: AccessDecision, sessionId: string | undefined) {
  const needed = decision.type === 'login' && decision.reason === 'aal_too_low' && sessionId !== undefined && !context.transport
  const check = useQuery({ ...secondFactorQueryOptions(context, sessionId ?? ''), enabled: needed }, context.queryClient)
  let gated: GatedDecision = decision
  // 'stale' (whoami asked again, its new answer decides) and pending wait.
  if (needed && check.data !== 'offered') gated = check.data === 'missing' ? { type: 'second_factor_missing' } : check.error ? { type: 'fail', error: check.error } : { type: 'wait' }
  return { decision: gated, retry: () => void (check.error && check.refetch()) }
}
