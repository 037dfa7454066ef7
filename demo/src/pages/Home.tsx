import { useSession } from 'ory-session-react'
import { Link } from '../router'
import { ConfirmIdentity } from './ConfirmIdentity'
import { Devices } from './Devices'
import { SessionCard } from './SessionCard'

export function Home() {
  const { status } = useSession()
  return (
    <>
      <h1>Home</h1>
      <SessionCard />
      {status === 'unauthenticated' && (
        <p>
          <a href="/login">Sign in</a> or <a href="/registration">create an account</a>. <a href="/recovery">Forgot your password?</a>
        </p>
      )}
      <Devices />
      <ConfirmIdentity />
      <p>
        Try <Link to="/protected">a protected page</Link>, <Link to="/mfa">one that needs a second factor</Link> or{' '}
        <Link to="/sensitive">one that needs a login from the last 5 minutes</Link>.
      </p>
    </>
  )
}
