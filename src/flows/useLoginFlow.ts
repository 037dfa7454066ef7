import type { LoginFlow } from '@ory/client'
import { useFlow, type FlowHook, type FlowOptions } from './useFlow.js'

/** Options of {@link useLoginFlow}. */
export interface LoginFlowOptions extends FlowOptions {
  /** `'aal2'` asks for the second factor (TOTP, lookup secret, code). Default: Kratos's (aal1). */
  aal?: 'aal1' | 'aal2'
  /** `true` asks a signed-in person to authenticate again (before changing a password). */
  refresh?: boolean
}

/**
 * Runs Kratos's browser login flow inside the page: reads `?flow=` or starts one (once, even in
 * StrictMode), submits as JSON, follows Kratos's answers (next step, expired, replaced, CSRF,
 * second factor, already signed in), refetches the session on success and goes to `return_to` (the
 * one Kratos validated, on any origin it allows: see `FlowStartParams.returnTo`).
 *
 * Passkey autofill: while a flow whose passkey nodes ask for it is shown (Kratos's `onloadTrigger`
 * `oryPasskeyLoginAutocompleteInit`), a conditional `navigator.credentials.get` waits, and a passkey
 * the person picks from the identifier field's autofill signs in; `passkey()` stops that wait first.
 *
 * An aal2 flow for an identity without a second factor ends as `status: 'done'` with
 * `result.type === 'second_factor_missing'`, never as an empty form.
 *
 * @example
 * ```tsx
 * import { FlowForm, useLoginFlow } from 'ory-session-react/flows'
 *
 * export function LoginPage() {
 *   const login = useLoginFlow()
 *   if (login.status === 'done' && login.result.type === 'second_factor_missing') {
 *     return <a href="/settings">Set up a second factor first</a>
 *   }
 *   if (login.status === 'error') return <button onClick={() => login.restart()}>Try again</button>
 *   return <FlowForm flow={login} />
 * }
 * ```
 */
export function useLoginFlow(options: LoginFlowOptions = {}): FlowHook<LoginFlow> {
  return useFlow('login', 'useLoginFlow', options)
}
