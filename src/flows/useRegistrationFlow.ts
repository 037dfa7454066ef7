import type { RegistrationFlow } from '@ory/client'
import { useFlow, type FlowHook, type FlowOptions } from './useFlow.js'

/** Options of {@link useRegistrationFlow}. */
export type RegistrationFlowOptions = FlowOptions

/**
 * Runs Kratos's browser registration flow inside the page. Kratos v1.3.1 registers in two steps
 * by default (traits, then a credential): the first submit answers with the same flow and new
 * nodes (`{ type: 'updated' }`), so rendering `nodes` again is all a page does.
 *
 * When Kratos's config runs no `session` hook for the method used (for example `code`), the result
 * is `result.type === 'registered'`: the account exists, nobody is signed in yet. The hook then goes
 * where Kratos's `redirect_browser_to` says (`…registration.after.<method>.default_browser_return_url`),
 * as Kratos's own browser redirect does; `status: 'done'` when Kratos names no target.
 *
 * When Kratos prepared a verification flow (`continue_with: show_verification_ui`, the verification
 * hook's e-mail already sent), the hook goes to that flow's page (`/verification?flow=<id>`) after
 * either outcome, before `redirect_browser_to` or `returnTo`, as Kratos's own browser redirect does.
 *
 * @example
 * ```tsx
 * import { FlowForm, useRegistrationFlow } from 'ory-session-react/flows'
 *
 * export function RegistrationPage() {
 *   const registration = useRegistrationFlow({ returnTo: '/welcome' })
 *   if (registration.status === 'done' && registration.result.type === 'registered') {
 *     return <p>Account created. <a href="/login">Sign in</a></p>
 *   }
 *   return <FlowForm flow={registration} />
 * }
 * ```
 */
export function useRegistrationFlow(options: RegistrationFlowOptions = {}): FlowHook<RegistrationFlow> {
  return useFlow('registration', 'useRegistrationFlow', options)
}
