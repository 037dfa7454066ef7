import { useLogout } from 'ory-session-react'
import { go } from './screen'

/** Sign out (Ory's `logout`): the SDK's token-mode logout (`DELETE /self-service/logout/api`), then the sign-in screen. */
export function SignOut() {
  const { logout, isPending } = useLogout()
  return (
    <button type="button" data-testid="logout" disabled={isPending} onClick={() => void logout().then(() => go('Login'))}>
      Sign out
    </button>
  )
}
