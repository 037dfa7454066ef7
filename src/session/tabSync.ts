import type { QueryClient, QueryKey, QueryState } from '@tanstack/react-query'
import type { SessionAnswer } from './interpretWhoami.js'
import type { SessionEventLog } from './sessionEvents.js'

interface AnswerMessage {
  readonly answer: SessionAnswer
  readonly at: number
}

/**
 * Keeps every open tab of the app on the same session answer.
 *
 * With BroadcastChannel, the tab that asked whoami shares the *answer*: the others store it as
 * fresh, so N tabs regaining focus do not make N whoami requests (Ory Network rate-limits whoami).
 * Without it, the `storage` event carries only a "changed" signal (never session data: the SDK
 * writes no secrets to storage) and the other tabs ask whoami themselves.
 *
 * Neither carries a sender id: a BroadcastChannel never delivers a message to the object that
 * posted it, and the `storage` event never fires in the document that wrote the key. A second
 * provider in the same tab has its own channel and is served like another tab.
 */
export function startTabSync(queryClient: QueryClient, queryKey: QueryKey, channelName: string, log?: SessionEventLog): () => void {
  const channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(channelName) : undefined
  const storageKey = `${channelName}:changed`
  // When the answer of another tab was last written here: that write is not shared back.
  let remoteAt: number | undefined

  // Shares the answer this tab holds, unless it is the one another tab just sent.
  const share = ({ data: answer, dataUpdatedAt: at }: QueryState<SessionAnswer | undefined>) => {
    if (!answer || at === remoteAt) return
    if (process.env.NODE_ENV !== 'production') log?.add('tab-sent', answer.kind)
    if (channel) channel.postMessage({ answer, at } satisfies AnswerMessage)
    else {
      try {
        // The time makes each write a change: writing an unchanged value fires no event.
        localStorage.setItem(storageKey, String(at))
      } catch {
        // Storage refused: the other tabs will still catch up on focus.
      }
    }
  }

  const queryCache = queryClient.getQueryCache()
  const unsubscribeCache = queryCache.subscribe((event) => {
    // A new answer of the session query (looked up only for successes: other queries update often).
    if (event.type === 'updated' && event.action.type === 'success' && event.query === queryCache.find({ queryKey })) {
      share(event.query.state)
    }
  })

  const onMessage = (event: MessageEvent<AnswerMessage>) => {
    const { answer, at } = event.data
    if (process.env.NODE_ENV !== 'production') log?.add('tab-received', answer.kind)
    // Older than what this tab has: a slower tab's answer must not overwrite a newer one.
    if ((queryClient.getQueryState(queryKey)?.dataUpdatedAt ?? 0) > at) return
    remoteAt = at
    queryClient.setQueryData(queryKey, answer, { updatedAt: at })
  }
  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey || !event.newValue) return
    if (process.env.NODE_ENV !== 'production') log?.add('tab-received', 'changed')
    void queryClient.invalidateQueries({ queryKey, exact: true })
  }

  channel?.addEventListener('message', onMessage)
  if (!channel) window.addEventListener('storage', onStorage)
  // An answer that came before the provider mounted (prefetchSession at module scope) was not seen
  // by the subscription above: share it now, or the other tabs would miss a sign-in on this page load.
  const known = queryClient.getQueryState<SessionAnswer>(queryKey)
  if (known) share(known)
  return () => {
    unsubscribeCache()
    // A closed channel delivers no more messages: its listener needs no removing.
    channel?.close()
    window.removeEventListener('storage', onStorage)
  }
}
