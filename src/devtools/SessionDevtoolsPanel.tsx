import { useState, type CSSProperties } from 'react'
import { usePrivilegedSession } from '../guards/usePrivilegedSession.js'
import { useSession } from '../session/useSession.js'
import { useSessionExpiry } from '../session/useSessionExpiry.js'
import { useSessionEvents } from './useSessionEvents.js'

/** Props of {@link SessionDevtools}. */
export interface SessionDevtoolsProps {
  /**
   * Kratos's `privileged_session_max_age` in seconds, for the privilege countdown.
   * @default 900
   */
  privilegedMaxAge?: number
  /** @default false */
  initialOpen?: boolean
}

const box: CSSProperties = {
  position: 'fixed', right: 12, bottom: 12, zIndex: 99999, font: '12px/1.4 ui-monospace, monospace',
  background: '#111827', color: '#e5e7eb', borderRadius: 8, boxShadow: '0 4px 16px #0006', maxWidth: 420,
}
const seconds = (ms: number | null) => (ms === null ? '—' : `${Math.floor(ms / 1000)} s`)

export function SessionDevtoolsPanel({ privilegedMaxAge = 900, initialOpen = false }: SessionDevtoolsProps) {
  const [open, setOpen] = useState(initialOpen)
  const state = useSession()
  const { expiresIn } = useSessionExpiry()
  const privileged = usePrivilegedSession({ maxAge: privilegedMaxAge })
  const events = useSessionEvents()
  return (
    <aside style={box} aria-label="Ory session devtools">
      <button type="button" onClick={() => setOpen(!open)} style={{ all: 'unset', cursor: 'pointer', padding: '6px 10px', display: 'block' }}>
        Ory session: <strong>{state.status}</strong> {state.aal ?? ''}
      </button>
      {open && (
        <div style={{ padding: '0 10px 10px', maxHeight: 360, overflow: 'auto' }}>
          <div>identity: {state.identity?.id ?? '—'}</div>
          <div>error: {state.error ? `${state.error.kind} ${state.error.message}` : '—'}</div>
          <div>expires in: {seconds(expiresIn)}</div>
          <div>privileged for: {seconds(privileged.expiresIn)} (max age {privilegedMaxAge} s)</div>
          <div>methods:</div>
          <ul style={{ margin: 0, paddingLeft: 16 }}>
            {state.session?.authentication_methods?.map((method, i) => (
              <li key={i}>
                {method.method} {method.aal} {method.completed_at}
              </li>
            ))}
          </ul>
          <div>events (guards, tabs, expiry):</div>
          <ol style={{ margin: 0, paddingLeft: 16 }}>
            {events.map((event, i) => (
              <li key={i}>
                {new Date(event.at).toLocaleTimeString()} {event.type}: {event.detail}
              </li>
            ))}
          </ol>
        </div>
      )}
    </aside>
  )
}
