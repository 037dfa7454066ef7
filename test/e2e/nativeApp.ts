import { QueryClient } from '@tanstack/react-query'
import { sessionQueryOptions } from '../../src/session/sessionQueryOptions'
import type { SessionContextValue } from '../../src/session/SessionContext'
import { createRedirectController } from '../../src/session/redirectController'
import { memoryStorage, tokenTransport, type TokenStorage } from '../../src/native'
import { acceptTokenAnswer } from '../../src/native/acceptTokenAnswer'
import { createFlowEngine } from '../../src/flows/flowEngine'
import type { FlowKind, FlowStartParams } from '../../src/flows/flowKinds'
import { KRATOS } from './flows'

/** One request as the SDK handed it to `fetch`, headers lower-cased. */
export interface SentRequest {
  method: string
  url: string
  credentials: RequestCredentials | undefined
  headers: Record<string, string>
}

/**
 * A native app in Node: the SDK's token transport with Node's fetch (no cookie jar, no Origin, as
 * React Native), every request recorded exactly as the SDK handed it over, and the provider's
 * context without React (the same query options, cache and transport the hooks use).
 */
export function nativeApp(storage: TokenStorage = memoryStorage(), baseUrl = KRATOS) {
  const sent: SentRequest[] = []
  const transport = tokenTransport({
    storage,
    fetch: (url, init) => {
      sent.push({
        method: init.method ?? 'GET',
        url: String(url),
        credentials: init.credentials,
        headers: Object.fromEntries(new Headers(init.headers).entries()),
      })
      return fetch(url, init)
    },
  })
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } })
  const sessionQuery = sessionQueryOptions({ baseUrl, transport })
  const context: SessionContextValue = {
    baseUrl: sessionQuery.queryKey[2],
    queryClient,
    sessionQuery,
    transport,
    timeoutMs: 10_000,
    redirects: createRedirectController(() => {
      throw new Error('token mode never navigates')
    }),
    navigate: () => {
      throw new Error('token mode never navigates')
    },
    refetch: () => queryClient.refetchQueries({ queryKey: sessionQuery.queryKey, exact: true }),
    events: undefined,
  }
  /** GET or POST (JSON) through the SDK's transport, as the flows hooks do; answers JSON. */
  const call = async (path: string, body?: object) => {
    const response = await transport.send(new URL(path, `${baseUrl}/`), {
      method: body ? 'POST' : 'GET',
      headers: { Accept: 'application/json' },
      ...(body ? { body: JSON.stringify(body) } : {}),
    })
    const text = await response.text()
    return { status: response.status, json: text ? JSON.parse(text) : null }
  }
  return {
    transport,
    context,
    sent,
    call,
    /** whoami the way useSession asks it (react-query, the provider's options). */
    whoami: () => queryClient.fetchQuery({ ...sessionQuery, staleTime: 0 }),
    /** What useTokenSignIn does with a successful API-flow answer. */
    signIn: (answer: unknown) => acceptTokenAnswer(context, answer),
    /** What useLogout does in token mode. */
    logout: () => transport.endSession(context),
    /** The engine behind useLoginFlow & co. (React-free), started and loaded: the hooks' API-flow mode. */
    flow: async <K extends FlowKind>(kind: K, params: FlowStartParams = {}) => {
      const engine = createFlowEngine(kind, context, () => ({ ...params, syncUrl: true }))
      const loaded = new Promise<void>((resolve) => {
        const stop = engine.subscribe(() => {
          if (engine.getState().status !== 'loading') {
            stop()
            resolve()
          }
        })
      })
      engine.start()
      await loaded
      return engine
    },
  }
}
