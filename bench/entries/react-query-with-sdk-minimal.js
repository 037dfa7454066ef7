// An app that already uses react-query (the building block's imports), plus this SDK's minimal use:
// the difference to react-query.js is what the SDK adds to such an app (table 1d).
export { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
export { SessionProvider, useSession, RequireAuth } from '../../src/index.ts'
