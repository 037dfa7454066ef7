// Building block: what this SDK uses of react-query's runtime.
export { QueryClient, QueryClientProvider, useQuery } from '@tanstack/react-query'
