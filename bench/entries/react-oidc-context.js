// oidc-client-ts (the UserManager) is bundled: AuthProvider creates one.
export { AuthProvider, useAuth, withAuthenticationRequired } from 'react-oidc-context'
