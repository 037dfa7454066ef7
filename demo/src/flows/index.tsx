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
