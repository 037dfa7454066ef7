import { useDevices } from 'ory-session-react'

export function Devices() {
  const devices = useDevices()
  if (devices.length === 0) return null
  return (
    <section aria-label="devices">
      <h2>Devices of this session</h2>
      <ul>
        {devices.map((device) => (
          <li key={device.id} data-testid="device">
            <code>{device.user_agent}</code> from {device.ip_address ?? 'unknown IP'}
            {device.location ? ` (${device.location})` : ''}
          </li>
        ))}
      </ul>
    </section>
  )
}
