import type { ContinueWith, UiText } from '@ory/client'
import { callKratos } from '../kratos/callKratos.js'
import { normalizeError, OrySessionError } from '../kratos/errors.js'
import type { KratosAnswer } from '../kratos/kratosAnswer.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'
import { checkTarget } from './checkTarget.js'
import { flowBody, type FlowValues } from './flowBody.js'
import type { AnyFlow, FlowByKind, FlowKind, FlowStartParams } from './flowKinds.js'
import type { FlowOutcome, FlowResult, FlowState } from './flowState.js'
import { getFlowCall, submitFlowCall } from './flowTransport.js'
import { fieldErrorsOf } from './nodeMessages.js'
import { pageUrlParam, writePageUrl } from './pageUrl.js'
import { parseUrl } from './parseUrl.js'
import { passkeyValues } from './passkeyCeremony.js'
import { takePrefetchedFlow } from './prefetchFlow.js'
import { readFlowAnswer, type FlowAnswer } from './readFlowAnswer.js'
import { followAnswer, type FlowSteps } from './followAnswer.js'
import { startFlow } from './startFlow.js'

/** What the hooks pass down (read at each use, so the latest render's options win). */
export interface FlowEngineOptions extends FlowStartParams {
  /** A flow id to use instead of the page URL's `?flow=`. */
  flowId?: string | undefined
  /** Keep `?flow=<id>` in the page URL. */
  syncUrl: boolean
}

/** A flow hook's engine: one per mounted hook, React-free (the hook subscribes to it). */
export interface FlowEngine<F> {
  getState(): FlowState<F>
  subscribe(listener: () => void): () => void
  /** Loads the flow on first call; StrictMode's second mount only re-activates. */
  start(): void
  stop(): void
  submit(values: FlowValues, group?: string): Promise<FlowOutcome>
  passkey(values?: FlowValues): Promise<FlowOutcome>
  restart(): Promise<FlowOutcome>
}

export function createFlowEngine<K extends FlowKind>(kind: K, context: SessionContextValue, appOptions: () => FlowEngineOptions): FlowEngine<FlowByKind[K]> {
  type F = FlowByKind[K]
  const { transport } = context
  // The provider's timeoutMs bounds the flows' calls too, as it does every other call to Kratos.
  const endpoint = { baseUrl: context.baseUrl, client: context.client, transport, timeoutMs: context.timeoutMs }
  // Token mode (native apps): no page URL to read or write.
  const options = transport ? () => ({ ...appOptions(), syncUrl: false }) : appOptions
  const listeners = new Set<() => void>()
  let state: FlowState<F> = { ...fieldsOf<F>(undefined), status: 'loading', flow: undefined }
  let started = false
  let active = false
  const memory = { csrfRestarts: 0, secondFactorStepTried: false }
  // Set by a restart after a refused return_to: every later start goes without one.
  let returnToRefused = false

  const set = (next: FlowState<F>) => {
    state = next
    for (const listener of listeners) listener()
  }
  const call = (request: Parameters<typeof callKratos>[1]) => callKratos(endpoint, request)
  const startParams = (override: FlowStartParams = {}): FlowStartParams => {
    const { returnTo, aal, refresh } = options()
    const back = override.returnTo ?? (returnToRefused ? undefined : returnTo ?? (transport ? undefined : pageUrlParam('return_to')))
    // Kratos wants an absolute return_to; apps write paths (token mode: as given, there is no page).
    return { returnTo: back === undefined || transport ? back : parseUrl(back, 'invalid_return_to').href, aal: override.aal ?? aal, refresh: override.refresh ?? refresh }
  }

  // Passkey autofill: a login flow's passkey nodes ask for it on load (`onloadTrigger:
  // oryPasskeyLoginAutocompleteInit`, Kratos's webauthn.js), so a conditional `get` waits while the
  // flow is shown; the credential the person picks from the identifier field's autofill signs in.
  // Browser flows only: Kratos gives API flows (token mode) no passkey nodes. A `get` whose signal
  // was aborted meanwhile rejects at once, so no check between the awaits.
  let autofill: AbortController | undefined
  const autofillPasskey = async (flow: F) => {
    autofill?.abort()
    const { signal } = (autofill = new AbortController())
    if (!flow.ui.nodes.some(({ attributes }) => (attributes as { onloadTrigger?: string }).onloadTrigger === 'oryPasskeyLoginAutocompleteInit')) return
    try {
      if (!(await window.PublicKeyCredential?.isConditionalMediationAvailable?.())) return
      const values = await passkeyValues(kind, flow, {}, signal)
      if (values && state.flow === flow && state.status === 'ready') await submitValues(values)
    } catch {
      // Aborted for another step, or no passkey picked: the form stays as it is.
    }
  }

  /** Shows a flow; `extra` adds engine notes (a recovery retry's reason) to its messages. */
  const show = (flow: F, patch: { saved?: boolean; continueWith?: readonly ContinueWith[]; notes?: UiText[] } = {}) => {
    // Only while mounted: a late answer must not write into the URL of the page the app moved on to.
    if (active && options().syncUrl) writePageUrl('flow', flow.id)
    const base = fieldsOf<F>(flow)
    set({ ...base, messages: [...base.messages, ...(patch.notes ?? [])], saved: patch.saved ?? false, continueWith: patch.continueWith ?? [], status: 'ready', flow })
    if (active) void autofillPasskey(flow)
  }
  const finish = (result: FlowResult, continueWith: readonly ContinueWith[] = []): FlowOutcome => {
    set({ ...fieldsOf<F>(state.flow as F | undefined), continueWith, status: 'done', result })
    return { type: 'completed', result }
  }
  const fail = (thrown: unknown): FlowOutcome => {
    const error = normalizeError(thrown)
    // Keep the form and what was typed: a blip must not cost the person their input.
    if (state.flow) set({ ...state, ...fieldsOf<F>(state.flow as F | undefined), error, status: 'ready', flow: state.flow as F })
    else set({ ...fieldsOf<F>(undefined), status: 'error', error })
    return { type: 'error', error }
  }
  /**
   * Refetches whoami now, cancelling one already in flight (it may predate this answer), so every
   * hook sees the new AAL/identity and tab sync tells the other tabs. `undefined` when it fails.
   */
  const refreshSession = async (): Promise<SessionAnswer | undefined> => {
    const { queryClient, sessionQuery } = context
    try {
      if (!queryClient.getQueryCache().find({ queryKey: sessionQuery.queryKey, exact: true })) {
        return await queryClient.fetchQuery({ ...sessionQuery, retry: false })
      }
      await queryClient.refetchQueries({ queryKey: sessionQuery.queryKey, exact: true }, { cancelRefetch: true, throwOnError: true })
      return queryClient.getQueryData(sessionQuery.queryKey)
    } catch {
      return undefined
    }
  }
  /** Leaves for `url`: in-app through the provider's `navigate`, Kratos through the loop-checked redirect. */
  const go = (url: string, result?: FlowResult, fromKratos?: unknown): FlowOutcome => {
    let target
    try {
      target = checkTarget(url, context.baseUrl, fromKratos)
    } catch (refused) {
      return fail(refused)
    }
    if (!active) return { type: 'redirecting', to: target.url }
    if (target.inApp) context.navigate(target.url)
    else if (context.redirects.go(target.url) === 'loop') {
      return fail(new OrySessionError('redirect_loop', `Kratos keeps sending this page to ${target.url}; stopped instead of looping.`))
    }
    set({ ...fieldsOf<F>(state.flow as F | undefined), status: 'redirecting', to: target.url })
    return result ? { type: 'completed', result } : { type: 'redirecting', to: target.url }
  }

  const begin = async (override: FlowStartParams = {}, steps = 0, notes?: UiText[]): Promise<FlowOutcome> => {
    if (context.redirects.isNavigating()) return { type: 'redirecting', to: '' }
    set({ ...fieldsOf<F>(undefined), status: 'loading', flow: undefined })
    if (active && options().syncUrl) writePageUrl('flow')
    return settle(() => startFlow(endpoint, kind, startParams(override)), steps, undefined, notes)
  }
  // `early`: prefetchFlow's request for this flow (the first read only), asked again if it failed.
  const read = (id: string, steps: number, notes?: UiText[], early?: Promise<KratosAnswer>) => {
    const get = () => call(getFlowCall(kind, id))
    return settle(() => early?.catch(get) ?? get(), steps, undefined, notes, !transport)
  }
  const leave = (url: string): FlowOutcome => {
    if (active) window.location.assign(url)
    set({ ...fieldsOf<F>(state.flow as F | undefined), status: 'redirecting', to: url })
    return { type: 'redirecting', to: url }
  }
  const cookieSteps: FlowSteps<F> = { kind, baseUrl: context.baseUrl, memory, options, show, finish, fail, go, leave, begin, read, refreshSession }
  // Token mode: the transport takes the answers that differ (a token to store, nothing to navigate).
  const operations = transport ? transport.flowSteps(cookieSteps, context) : cookieSteps

  const settle = async (request: () => Promise<KratosAnswer>, steps: number, submitted: F | undefined, notes?: UiText[], browserOnly?: boolean): Promise<FlowOutcome> => {
    // Following the answer is inside too: whatever it throws ends the submit with a typed error and
    // the form kept, never a rejected promise with the hook stuck in 'submitting'.
    try {
      let answer: FlowAnswer = readFlowAnswer(await request())
      // A read in cookie mode of an API flow (a link naming one): Kratos refuses every browser submit
      // of it (400, the Origin header), so it is no flow for this page; start a browser flow instead.
      // Except verification with a code to take: its e-mailed link sends the browser to the API flow
      // on purpose, and Kratos takes the code from a browser (code strategy, handleLinkClick). A
      // fresh one (choose_method: the replacement a 410 names when the code expired) offers only the
      // e-mail form Kratos would refuse: a browser flow instead, with its messages (4070005).
      if (browserOnly && answer.type === 'flow' && answer.flow.type === 'api') {
        if (kind !== 'verification') answer = { type: 'restart', reason: 'not_found', returnTo: undefined }
        else if (answer.flow.state === 'choose_method') return await begin({}, steps + 1, answer.flow.ui.messages)
      }
      return await followAnswer(operations, answer, steps, submitted, notes)
    } catch (thrown) {
      return fail(thrown)
    }
  }

  const submitValues = async (values: FlowValues, group?: string): Promise<FlowOutcome> => {
    const flow = state.flow as F | undefined
    if (!flow || state.status === 'submitting') {
      return { type: 'error', error: new OrySessionError('config', flow ? 'A submit is already in flight.' : 'There is no flow to submit yet (status is not "ready").') }
    }
    set({ ...state, status: 'submitting', flow, error: null })
    return settle(() => call(submitFlowCall(kind, flow.id, flowBody(kind, flow, values, group))), 0, flow)
  }

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    start() {
      active = true
      if (started) return void (state.flow && autofillPasskey(state.flow as F))
      started = true
      const id = options().flowId ?? (options().syncUrl ? pageUrlParam('flow') : undefined)
      // Cookie mode: the page's entry may have started this read already (prefetchFlow).
      void (id ? read(id, 0, undefined, transport ? undefined : takePrefetchedFlow(context.baseUrl, kind, id)) : begin())
    },
    stop() {
      active = false
      autofill?.abort()
    },
    submit: submitValues,
    async passkey(values = {}) {
      const flow = state.flow
      if (!flow) return submitValues(values)
      let passkey: FlowValues | undefined
      // One WebAuthn request at a time: the autofill's waiting `get` gives way, and comes back on a cancel.
      autofill?.abort()
      try {
        passkey = await passkeyValues(kind, flow as AnyFlow, values)
      } catch (cause) {
        void autofillPasskey(flow as F)
        return { type: 'passkey_cancelled', cause }
      }
      if (!passkey) return { type: 'error', error: new OrySessionError('config', `This ${kind} flow offers no passkey step.`) }
      return submitValues({ ...values, ...passkey })
    },
    restart() {
      // A refused return_to (Kratos's allowed_return_urls, or not on this origin) would be refused
      // again: start without it, and take it out of the page URL (a reload, the "already signed
      // in" answer).
      if (state.error?.kind === 'invalid_return_to' || state.error?.errorId === 'self_service_flow_return_to_forbidden') {
        returnToRefused = true
        if (options().syncUrl) writePageUrl('return_to')
      }
      return begin()
    },
  }
}

function fieldsOf<F extends AnyFlow>(flow: F | undefined) {
  const nodes = flow?.ui.nodes ?? []
  return { flow, nodes, messages: flow?.ui.messages ?? [], fieldErrors: fieldErrorsOf(nodes), error: null, saved: false, continueWith: [] as readonly ContinueWith[] }
}
