import { useLogout, useSession } from 'ory-session-react'

export function SignOut() {
  const { isAuthenticated } = useSession()
  const { logout, isPending, error } = useLogout()
  if (!isAuthenticated) return null
  return (
    <section>
      <button type="button" disabled={isPending} onClick={() => void logout({ returnTo: '/' })}>
        Sign out
      </button>
      {error && <p role="alert">{error.message}</p>}
    </section>
  )
}
