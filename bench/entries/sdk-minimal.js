// This SDK's minimal use: provider + session hook + guard.
export { SessionProvider, useSession, RequireAuth } from '../../src/index.ts'
