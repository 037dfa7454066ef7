import { usePrivilegedSession, useReauthenticate, useSession } from 'ory-session-react'

/** Step-up from anywhere: asks for a fresh login before a privileged action, not after a 403. */
export function ConfirmIdentity() {
  const { status } = useSession()
  const { isPrivileged, expiresIn } = usePrivilegedSession({ maxAge: 5 * 60 })
  const { reauthenticate, error } = useReauthenticate()
  if (status !== 'authenticated') return null
  return (
    <section>
      <h2>Privileged actions</h2>
      {isPrivileged ? (
        <p data-testid="privileged">Confirmed: privileged for {Math.round((expiresIn ?? 0) / 1000)} s more.</p>
      ) : (
        <button type="button" data-testid="reauthenticate" onClick={() => reauthenticate()}>
          Re-enter your password to continue
        </button>
      )}
      {error && <p role="alert">{error.message}</p>}
    </section>
  )
}
