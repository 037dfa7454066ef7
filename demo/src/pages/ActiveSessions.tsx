import { Time } from '../time'
import { RequireAuth, useRevokeOtherSessions, useRevokeSession, useSessions, type ListedSession } from 'ory-session-react'

/** "Active sessions": this browser and every other one signed in as the same person. */
export function ActiveSessions() {
  return (
    <RequireAuth fallback={<p>Checking your session…</p>}>
      <h1 data-testid="page-sessions">Active sessions</h1>
      <SessionList />
    </RequireAuth>
  )
}

function SessionList() {
  const { data, error, isPending, isFetching } = useSessions()
  const { revoke, pendingId, error: revokeError } = useRevokeSession()
  const { revokeOthers, isPending: revokingOthers, revokedCount, error: othersError } = useRevokeOtherSessions()
  if (isPending && !error) return <p>Loading your sessions…</p>
  return (
    <section aria-label="active sessions">
      {[error, revokeError, othersError].map((problem, index) =>
        problem ? (
          <p key={index} role="alert" data-testid="sessions-error">
            {problem.message}
          </p>
        ) : null,
      )}
      {data && (
        <>
          <p>
            {data.total} active {data.total === 1 ? 'session' : 'sessions'}
            {isFetching ? ' (updating…)' : ''}
          </p>
          <ul>
            {data.sessions.map((session) => (
              <li key={session.id} data-testid="active-session">
                <SessionRow session={session} />
                {session.current ? (
                  <span className="badge" data-testid="current-session">
                    this device
                  </span>
                ) : (
                  <button type="button" data-testid="revoke-session" disabled={pendingId === session.id} onClick={() => void revoke(session.id)}>
                    Sign out
                  </button>
                )}
              </li>
            ))}
          </ul>
          <button type="button" data-testid="revoke-others" disabled={revokingOthers || data.others.length === 0} onClick={() => void revokeOthers()}>
            Sign out all other devices
          </button>
          {revokedCount !== null && <p data-testid="revoked-count">Signed out {revokedCount} other sessions.</p>}
        </>
      )}
    </section>
  )
}

function SessionRow({ session }: { session: ListedSession }) {
  const device = session.devices?.[0]
  return (
    <dl>
      <dt>Device</dt>
      <dd>
        <code data-testid="session-user-agent">{device?.user_agent ?? 'unknown device'}</code>
      </dd>
      <dt>IP address</dt>
      <dd>
        {device?.ip_address ?? 'unknown'}
        {device?.location ? ` (${device.location})` : ''}
      </dd>
      <dt>Signed in</dt>
      <dd>
        <Time value={session.authenticated_at} />
      </dd>
    </dl>
  )
}
