import type { LoginNavigationControls, LoginNavigationOptions } from './useLoginNavigation.js'
import { useLoginNavigation } from './useLoginNavigation.js'

/** What {@link useStepUp} returns. */
export interface StepUpControls extends LoginNavigationControls {
  /** Leaves for Kratos's second-factor step (`aal=aal2`), then comes back to `returnTo`. */
  stepUp: (options?: LoginNavigationOptions) => void
}

/**
 * Step-up on demand: sends the user through Kratos's second-factor step before an action that
 * needs aal2, without a guard around the page. A person without any second factor is not sent to
 * Kratos's empty second-factor step: `error` becomes `second_factor_missing` instead (after one
 * request to Kratos, made only for a session at aal1 that whoami let through).
 *
 * @example
 * ```tsx
 * import { useSession, useStepUp } from 'ory-session-react'
 *
 * function ExportButton() {
 *   const { aal } = useSession()
 *   const { stepUp, error } = useStepUp()
 *   if (error?.kind === 'second_factor_missing') return <a href="/settings">Set up a second factor to export</a>
 *   if (aal !== 'aal2') return <button onClick={() => stepUp({ returnTo: '/export' })}>Confirm with your second factor</button>
 *   return <a href="/api/export">Export</a>
 * }
 * ```
 */
export function useStepUp(): StepUpControls {
  const { start, error } = useLoginNavigation('useStepUp', { aal: 'aal2' })
  return { stepUp: start, error }
}
