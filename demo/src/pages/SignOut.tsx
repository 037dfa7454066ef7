import { useLogout, useSession } from 'ory-session-react'

/** Sign out, in every signed-in state: also at aal1 while Kratos waits for the second factor. */
export function SignOut() {
  const { status } = useSession()
  const { logout, isPending, error } = useLogout()
  if (status !== 'authenticated' && status !== 'aal2_required') return null
  return (
    <span className="sign-out">
      <button type="button" disabled={isPending} onClick={() => void logout({ returnTo: '/' })}>
        Sign out
      </button>
      {error && <span role="alert">{error.message.replace(/^\[ory-session-react\]\s*/, '')}</span>}
    </span>
  )
}
