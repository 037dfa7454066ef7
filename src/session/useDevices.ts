import type { SessionDevice } from '@ory/client'
import { useSession } from './useSession.js'

const NO_DEVICES: readonly SessionDevice[] = Object.freeze([])

/**
 * The devices of the current session (`ip_address`, `user_agent`, `location`), as Kratos recorded
 * them; empty while loading or when nobody is signed in.
 *
 * @example
 * ```tsx
 * import { useDevices } from 'ory-session-react'
 *
 * function Devices() {
 *   const devices = useDevices()
 *   return <ul>{devices.map((d) => <li key={d.id}>{d.user_agent} {d.location}</li>)}</ul>
 * }
 * ```
 */
export function useDevices(): readonly SessionDevice[] {
  const { session } = useSession()
  return session?.devices ?? NO_DEVICES
}
