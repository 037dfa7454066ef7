import type { MutationOptions, QueryClient } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import type { OrySessionError } from '../kratos/errors.js'

/** The latest run of a {@link useCachedMutation}: what the SDK's mutation hooks report. */
export interface MutationRun<Data, Variables> {
  isPending: boolean
  variables?: Variables
  data?: Data
  error: OrySessionError | null
}

/**
 * react-query's `useMutation`, reduced to what logout and the revoke hooks read. Each run is built
 * in the client's MutationCache and executed there, exactly as useMutation does it, so mutation
 * defaults, the cache's callbacks, `isMutating` by key, offline pausing and retries are
 * react-query's own; only the observer goes (MutationObserver and useMutation are ~300 B brotli
 * of the full API with react-query). Like useMutation it reports the latest run only: an earlier
 * run that settles later changes nothing.
 */
export function useCachedMutation<Data, Variables, Context = unknown>(
  options: MutationOptions<Data, OrySessionError, Variables, Context>,
  client: QueryClient,
): MutationRun<Data, Variables> & { mutate: (variables: Variables) => Promise<Data> } {
  const [run, setRun] = useState<MutationRun<Data, Variables>>({ isPending: false, error: null })
  // The latest options, as useMutation applies each render's (the hooks pass inline closures).
  const latestOptions = useRef(options)
  latestOptions.current = options
  const latestRun = useRef<unknown>(undefined)
  const mutate = useCallback(
    (variables: Variables) => {
      const mutation = client.getMutationCache().build(client, latestOptions.current)
      latestRun.current = mutation
      setRun({ isPending: true, variables, error: null })
      const settle = (next: MutationRun<Data, Variables>) => latestRun.current === mutation && setRun(next)
      return mutation.execute(variables).then(
        (data) => (settle({ isPending: false, data, error: null }), data),
        (error: OrySessionError) => {
          settle({ isPending: false, error })
          throw error
        },
      )
    },
    [client],
  )
  return { ...run, mutate }
}
