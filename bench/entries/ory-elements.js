// Ory Elements' session context (no guard component).
export { SessionProvider, useSession } from '@ory/elements-react/client'
