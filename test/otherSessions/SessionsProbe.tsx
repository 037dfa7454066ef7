import { useRevokeOtherSessions, useRevokeSession, useSessions } from '../../src'

const describeError = (error: { kind: string; status?: number | undefined } | null) => (error ? `${error.kind}:${error.status ?? ''}` : '')

/** Lists the sessions and offers both revoke actions, the way an app's "devices" page would. */
export function SessionsProbe() {
  const { data, error } = useSessions()
  const revokeOne = useRevokeSession()
  const revokeAll = useRevokeOtherSessions()
  return (
    <div>
      <ul>
        {data?.sessions.map((session) => (
          <li key={session.id} data-testid="active-session">
            {session.id}
            {session.current ? (
              <span data-testid="current-session">this device</span>
            ) : (
              <button onClick={() => void revokeOne.revoke(session.id)}>sign out {session.id}</button>
            )}
          </li>
        ))}
      </ul>
      <span data-testid="total">{data ? `${data.total}${data.complete ? '' : '+'}` : ''}</span>
      <span data-testid="list-error">{describeError(error)}</span>
      <span data-testid="revoke-error">{describeError(revokeOne.error)}</span>
      <button onClick={() => void revokeAll.revokeOthers()}>sign out all other devices</button>
      <span data-testid="revoked-count">{revokeAll.revokedCount ?? ''}</span>
      <span data-testid="revoke-others-error">{describeError(revokeAll.error)}</span>
    </div>
  )
}
