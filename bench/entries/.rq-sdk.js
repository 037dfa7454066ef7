export { QueryClient, QueryClientContext, useQuery, queryOptions, hashKey } from '@tanstack/react-query'
