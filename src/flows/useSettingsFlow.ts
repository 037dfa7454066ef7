import type { SettingsFlow } from '@ory/client'
import { useFlow, type FlowHook, type FlowOptions } from './useFlow.js'

/** Options of {@link useSettingsFlow}. */
export interface SettingsFlowOptions extends FlowOptions {
  /**
   * Where to go after a successful save (after the verification of a changed address, when Kratos
   * prepared one: see {@link useSettingsFlow}). Default: the flow's own `return_to` (the init URL's, such
   * as `<RequireAuth aal="aal2">`'s "Set up a second factor" link back to the page it guards:
   * Kratos validated it against `allowed_return_urls`, so any origin it allows); else stay on the
   * page (`saved: true`). Kratos adds a
   * `redirect_browser_to` to every save; the hook never follows it (without `return_to` it is this
   * settings page again), only these.
   */
  returnTo?: string
}

/**
 * Runs Kratos's settings flow inside the page: profile, password, TOTP, lookup secrets, passkeys.
 * Each save refetches the session at once, so enrolling TOTP shows `aal2` in every hook (and tab)
 * without a reload; the page stays, with `saved: true`, unless the flow was started with a
 * `return_to` (then the save goes back there: see {@link SettingsFlowOptions.returnTo}). When Kratos wants a fresh sign-in first
 * (403 `session_refresh_required`) the hook sends the browser to the re-authentication Kratos names:
 * after it Kratos applies the change it kept and comes back to this page and flow, saved.
 *
 * A save that changes an address Kratos verifies answers `continue_with: show_verification_ui`
 * (the code is mailed already): the hook goes to that verification flow's page
 * (`/verification?flow=<id>`) before `returnTo`, as Ory's own apps do; the verification flow keeps
 * this flow's `return_to`.
 *
 * @example
 * ```tsx
 * import { FlowForm, useSettingsFlow } from 'ory-session-react/flows'
 *
 * export function SettingsPage() {
 *   const settings = useSettingsFlow()
 *   return (
 *     <>
 *       {settings.saved && <p role="status">Saved.</p>}
 *       <FlowForm flow={settings} />
 *     </>
 *   )
 * }
 * ```
 */
export function useSettingsFlow(options: SettingsFlowOptions = {}): FlowHook<SettingsFlow> {
  return useFlow('settings', 'useSettingsFlow', options)
}
