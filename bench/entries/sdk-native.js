// Token mode's minimal use (native apps): provider + session hook + guard + tokenTransport with the memory storage.
export { SessionProvider, useSession, RequireAuth } from '../../src/index.ts'
export { tokenTransport, memoryStorage } from '../../src/native/index.ts'
