import { ErrorPage } from './ErrorPage'
import { FlowPage } from './FlowPage'

/** The demo's Kratos flow pages (Kratos ships no UI), by path. */
export const flowPages: Record<string, () => React.JSX.Element> = {
  '/login': () => <FlowPage kind="login" />,
  '/registration': () => <FlowPage kind="registration" />,
  '/settings': () => <FlowPage kind="settings" />,
  '/error': ErrorPage,
}
