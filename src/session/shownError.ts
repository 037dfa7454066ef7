import type { QueryClient, QueryKey, QueryObserverResult } from '@tanstack/react-query'
import type { OrySessionError } from '../kratos/errors.js'
import { showsAtOnce } from './retryPolicy.js'

// The error each session query last showed, keyed by react-query's Query so it goes away with it.
// react-query clears `error` (status back to `pending`) when a query that never had data fetches
// again; without this, the page would flip from the error to "loading" on every background retry.
const shown = new WeakMap<object, OrySessionError>()

/**
 * The error to show while Kratos has not answered yet (`null`: still loading). A first failure is
 * shown at once when the person already waited (a timeout) or the next try is more than a second
 * away; a quick one gets its 1 s retry first, so one dropped connection does not flash an error.
 * Once shown, the error stays through every background retry, poll, focus refetch and "Try again",
 * until Kratos answers.
 */
export function shownError(
  result: QueryObserverResult<unknown, OrySessionError>,
  client: QueryClient,
  queryKey: QueryKey,
): OrySessionError | null {
  const query = client.getQueryCache().find({ queryKey, exact: true }) ?? {}
  const failure = result.error ?? result.failureReason
  if (failure && (result.error || showsAtOnce(result.failureCount - 1, failure))) {
    shown.set(query, failure)
  }
  return shown.get(query) ?? null
}
