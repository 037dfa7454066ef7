import { SessionDevtoolsPanel, type SessionDevtoolsProps } from './SessionDevtoolsPanel.js'

export type { SessionDevtoolsProps } from './SessionDevtoolsPanel.js'

// Bundlers (Vite, webpack, esbuild with the usual define) replace this expression with a literal,
// which lets them drop the panel from production builds. Declared here, not via @types/node, so the
// published types do not depend on Node's.
declare const process: { env: { NODE_ENV?: string } }

/**
 * A small floating panel for development: the session, its AAL, methods with timestamps, expiry
 * and privilege countdowns, the cross-tab event log, and why each guard decided what it did.
 * Renders nothing in production builds, where bundlers drop the panel's code entirely.
 *
 * @example
 * ```tsx
 * import { SessionProvider } from 'ory-session-react'
 * import { SessionDevtools } from 'ory-session-react/devtools'
 *
 * export const Root = () => (
 *   <SessionProvider baseUrl="http://localhost:4433">
 *     <SessionDevtools privilegedMaxAge={900} />
 *   </SessionProvider>
 * )
 * ```
 */
export const SessionDevtools: (props: SessionDevtoolsProps) => React.JSX.Element | null =
  process.env.NODE_ENV === 'production' ? () => null : SessionDevtoolsPanel
