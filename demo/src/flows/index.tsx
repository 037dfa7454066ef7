import type { FlowKind } from 'ory-session-react/flows'
import { ErrorPage } from './ErrorPage'
import { LoginPage } from './LoginPage'
import { RecoveryPage } from './RecoveryPage'
import { RegistrationPage } from './RegistrationPage'
import { SettingsPage } from './SettingsPage'
import { VerificationPage } from './VerificationPage'

/** The demo's Kratos flow pages (`selfservice.flows.<kind>.ui_url`), by path. */
export const flowPages: Record<string, () => React.JSX.Element> = {
  '/login': LoginPage,
  '/registration': RegistrationPage,
  '/settings': SettingsPage,
  '/recovery': RecoveryPage,
  '/verification': VerificationPage,
  '/error': ErrorPage,
}

/** Which flow each flow page runs (its hook), for `prefetchFlow` in main.tsx. */
export const flowKinds: Record<string, FlowKind> = {
  '/login': 'login',
  '/registration': 'registration',
  '/settings': 'settings',
  '/recovery': 'recovery',
  '/verification': 'verification',
}
