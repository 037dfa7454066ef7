import { RequireAuth, type AccessRequirement } from 'ory-session-react'
import { SessionCard } from './SessionCard'

function GuardedPage({ id, title, text, ...requirement }: { id: string; title: string; text: string } & AccessRequirement) {
  return (
    // Without a second factor, an aal2 page shows RequireAuth's default secondFactorFallback: a link
    // to Kratos's settings flow (which opens /settings here), returning to this page.
    <RequireAuth {...requirement} fallback={<p>Checking your session…</p>}>
      <h1 data-testid={`page-${id}`}>{title}</h1>
      <p>{text}</p>
      <SessionCard />
    </RequireAuth>
  )
}

export const Protected = () => <GuardedPage id="protected" title="Protected" text="Signed-in users only." />
export const Mfa = () => (
  <GuardedPage id="mfa" title="MFA" aal="aal2" text="Only for sessions at aal2 (password + second factor)." />
)
export const Sensitive = () => (
  <GuardedPage id="sensitive" title="Sensitive" maxAge={300} text="Only for a login younger than 5 minutes." />
)
