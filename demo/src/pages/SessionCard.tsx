import { useSession } from 'ory-session-react'

/** Everything useSession knows, as a table. */
export function SessionCard() {
  const state = useSession()
  return (
    <section aria-label="session">
      <h2>
        Session <span className="badge" data-testid="session-status">{state.status}</span>
      </h2>
      {state.error && (
        <p role="alert" data-testid="session-error">
          {state.error.message}
        </p>
      )}
      {state.status === 'authenticated' && (
        <dl>
          <dt>Email</dt>
          <dd data-testid="session-email">{String(state.identity?.traits.email ?? '')}</dd>
          <dt>AAL</dt>
          <dd data-testid="session-aal">{state.aal}</dd>
          <dt>Authenticated at</dt>
          <dd data-testid="session-authenticated-at">{state.session.authenticated_at}</dd>
          <dt>Expires at</dt>
          <dd>{state.session.expires_at}</dd>
          <dt>Methods</dt>
          <dd>{state.session.authentication_methods?.map((m) => `${m.method} (${m.aal})`).join(', ')}</dd>
        </dl>
      )}
      {state.status === 'aal2_required' && <p>Signed in, but Kratos wants your second factor.</p>}
    </section>
  )
}
