import type { SettingsFlow } from '@ory/client'
import { useFlow, type FlowHook, type FlowOptions } from './useFlow.js'

/** Options of {@link useSettingsFlow}. */
export interface SettingsFlowOptions extends FlowOptions {
  /**
   * Where to go after a successful save. Default: stay on the page (`saved: true`). Kratos adds a
   * `redirect_browser_to` to every save; the hook never follows it (for a flow Kratos made, after
   * recovery, it is this settings page again), only this.
   */
  returnTo?: string
}

/**
 * Runs Kratos's settings flow inside the page: profile, password, TOTP, lookup secrets, passkeys.
 * Each save refetches the session at once, so enrolling TOTP shows `aal2` in every hook (and tab)
 * without a reload; the page stays, with `saved: true`. When Kratos wants a fresh sign-in first
 * (403 `session_refresh_required`) the hook sends the browser to a re-authentication that comes
 * back to this page and flow.
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
