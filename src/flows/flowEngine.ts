import type { ContinueWith, UiText } from '@ory/client'
import { callKratos } from '../kratos/callKratos.js'
import { normalizeError, OrySessionError } from '../kratos/errors.js'
import type { KratosAnswer } from '../kratos/kratosAnswer.js'
import { loginUrl } from '../kratos/loginUrl.js'
import { offersSecondFactor } from '../kratos/offersSecondFactor.js'
import type { SessionAnswer } from '../session/interpretWhoami.js'
import type { SessionContextValue } from '../session/SessionContext.js'
import { checkTarget } from './checkTarget.js'
import { flowBody, type FlowValues } from './flowBody.js'
import type { AnyFlow, FlowByKind, FlowKind, FlowStartParams } from './flowKinds.js'
import type { FlowOutcome, FlowResult, FlowState } from './flowState.js'
import { getFlowCall, submitFlowCall } from './flowTransport.js'
import { fieldErrorsOf } from './nodeMessages.js'
import { flowIdInPageUrl, returnToInPageUrl, writeFlowIdToPageUrl } from './pageUrl.js'
import { passkeyValues } from './passkeyCeremony.js'
import { readFlowAnswer, type FlowAnswer } from './readFlowAnswer.js'
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

// Automatic steps (restart, read the replacement) one request may trigger before it gives up.
const MAX_AUTOMATIC_STEPS = 3

export function createFlowEngine<K extends FlowKind>(kind: K, context: SessionContextValue, options: () => FlowEngineOptions): FlowEngine<FlowByKind[K]> {
  type F = FlowByKind[K]
  const endpoint = { baseUrl: context.baseUrl, client: context.client, transport: context.transport }
  const listeners = new Set<() => void>()
  let state: FlowState<F> = { ...fieldsOf<F>(undefined), status: 'loading', flow: undefined }
  let started = false
  let active = false
  let csrfRestarts = 0
  let secondFactorStepTried = false

  const set = (next: FlowState<F>) => {
    state = next
    for (const listener of listeners) listener()
  }
  const call = (request: Parameters<typeof callKratos>[1]) => callKratos(endpoint, request, context.timeoutMs)
  const startParams = (override: FlowStartParams = {}): FlowStartParams => {
    const { returnTo, aal, refresh } = options()
    return { returnTo: override.returnTo ?? returnTo ?? returnToInPageUrl(), aal: override.aal ?? aal, refresh: override.refresh ?? refresh }
  }

  /** Shows a flow; `extra` adds engine notes (a recovery retry's reason) to its messages. */
  const show = (flow: F, patch: { saved?: boolean; continueWith?: readonly ContinueWith[]; notes?: UiText[] } = {}) => {
    if (options().syncUrl) writeFlowIdToPageUrl(flow.id)
    const base = fieldsOf<F>(flow)
    set({ ...base, messages: [...base.messages, ...(patch.notes ?? [])], saved: patch.saved ?? false, continueWith: patch.continueWith ?? [], status: 'ready', flow })
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
  /** Refetches whoami now (every hook and, via tab sync, every tab sees the new AAL/identity). */
  const refreshSession = async (): Promise<SessionAnswer | undefined> => {
    try {
      return await context.queryClient.fetchQuery({ ...context.sessionQuery, staleTime: 0, retry: false })
    } catch {
      return undefined
    }
  }
  /** Leaves for `url`: in-app through the provider's `navigate`, Kratos through the loop-checked redirect. */
  const go = (url: string, result?: FlowResult): FlowOutcome => {
    let target
    try {
      target = checkTarget(url, context.baseUrl)
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

  const begin = async (override: FlowStartParams = {}, steps = 0): Promise<FlowOutcome> => {
    if (context.redirects.isNavigating()) return { type: 'redirecting', to: '' }
    set({ ...fieldsOf<F>(undefined), status: 'loading', flow: undefined })
    if (options().syncUrl) writeFlowIdToPageUrl(undefined)
    return settle(() => startFlow(endpoint, context.timeoutMs, kind, startParams(override)), steps, undefined)
  }
  const read = (id: string, steps: number, notes?: UiText[]) => settle(() => call(getFlowCall(kind, id)), steps, undefined, notes)

  const settle = async (request: () => Promise<KratosAnswer>, steps: number, submitted: F | undefined, notes?: UiText[]): Promise<FlowOutcome> => {
    let answer: FlowAnswer
    try {
      answer = readFlowAnswer(await request())
    } catch (thrown) {
      return fail(thrown)
    }
    return follow(answer, steps, submitted, notes)
  }

  const follow = async (answer: FlowAnswer, steps: number, submitted: F | undefined, notes?: UiText[]): Promise<FlowOutcome> => {
    if (steps > MAX_AUTOMATIC_STEPS) return fail(new OrySessionError('redirect_loop', `Kratos kept replacing the ${kind} flow; stopped.`))
    switch (answer.type) {
      case 'flow':
        return followFlow(answer.flow as F, submitted, notes)
      case 'success': {
        csrfRestarts = 0
        const session = await refreshSession()
        const signedIn = answer.session !== undefined || session?.kind === 'session'
        if (kind === 'registration' && answer.session === undefined) return finish({ type: 'registered', identity: answer.identity }, answer.continueWith)
        const result: FlowResult = { type: 'signed_in', session: answer.session }
        const to = redirectOf(answer.continueWith) ?? options().returnTo
        if (signedIn && to) return go(to, result)
        return finish(result, answer.continueWith)
      }
      case 'already_signed_in': {
        const session = await refreshSession()
        // A login without aal2 while the session needs aal2 is also "already available" (v1.3.1):
        // ask for the second factor once instead of calling it done and looping through whoami.
        if (kind === 'login' && session?.kind === 'aal2_required' && !secondFactorStepTried) {
          secondFactorStepTried = true
          return begin({ aal: 'aal2' }, steps + 1)
        }
        return go(options().returnTo ?? returnToInPageUrl() ?? '/', { type: 'already_signed_in' })
      }
      case 'use_flow': {
        const note: UiText[] | undefined = answer.reason ? [{ id: 4000001, type: 'error', text: answer.reason }] : undefined
        return read(answer.id, steps + 1, note)
      }
      case 'restart': {
        if (answer.reason === 'csrf' && csrfRestarts++ > 0) {
          return fail(new OrySessionError('http', 'Kratos refused the CSRF token twice (403 security_csrf_violation): are cookies blocked, or is the app on another site than Kratos?', { status: 403, errorId: 'security_csrf_violation' }))
        }
        if (steps > 0 && answer.reason !== 'csrf') return fail(new OrySessionError('http', `A new ${kind} flow was not usable either (${answer.reason}).`))
        const outcome = await begin(answer.returnTo ? { returnTo: answer.returnTo } : {}, steps + 1)
        return outcome.type === 'updated' ? { type: 'restarted', reason: answer.reason } : outcome
      }
      case 'location':
        return followLocation(answer.url, steps)
      case 'login_required': {
        if (kind === 'login') return begin({ aal: answer.aal ?? 'aal1', refresh: answer.refresh ?? false }, steps + 1)
        // Back to this very page (and flow) after signing in: Kratos's own return_to would be its
        // settings endpoint, not the app's page.
        return go(loginUrl(context.baseUrl, { ...(answer.aal ? { aal: answer.aal } : {}), ...(answer.refresh ? { refresh: true } : {}), returnTo: window.location.href }))
      }
      case 'error':
        return fail(answer.error)
    }
  }

  const followFlow = async (flow: F, submitted: F | undefined, notes?: UiText[]): Promise<FlowOutcome> => {
    const replaced = submitted !== undefined && submitted.id !== flow.id
    if (kind === 'login' && (flow as FlowByKind['login']).requested_aal === 'aal2' && !offersSecondFactor(flow)) {
      return finish({ type: 'second_factor_missing' })
    }
    const continueWith = (flow as { continue_with?: ContinueWith[] }).continue_with ?? []
    if (kind === 'settings' && submitted && flow.state === 'success') {
      await refreshSession()
      const to = options().returnTo === undefined ? undefined : (redirectOf(continueWith) ?? options().returnTo)
      if (to) return go(to)
      show(flow, { saved: true, continueWith })
      return { type: 'saved' }
    }
    if ((kind === 'recovery' || kind === 'verification') && flow.state === 'passed_challenge') {
      await refreshSession()
      const settings = continueWith.find((item) => item.action === 'show_settings_ui')
      if (settings?.action === 'show_settings_ui') {
        return go(settings.flow.url ?? `/settings?flow=${encodeURIComponent(settings.flow.id)}`, { type: 'signed_in', session: undefined })
      }
      if (kind === 'verification') {
        show(flow, { continueWith })
        const to = options().returnTo
        return to ? go(to, { type: 'verified' }) : finish({ type: 'verified' }, continueWith)
      }
    }
    show(flow, { continueWith, ...(notes && flow.ui.messages?.length === 0 ? { notes } : {}) })
    return { type: 'updated', replaced }
  }

  const followLocation = async (url: string, steps: number): Promise<FlowOutcome> => {
    const target = new URL(url, window.location.href)
    const here = new URL(window.location.href)
    const flowId = target.searchParams.get('flow')
    // This very page with a flow (a passkey submit without a credential): read it in place.
    if (target.origin === here.origin && target.pathname === here.pathname && flowId) return read(flowId, steps + 1)
    // Kratos's login init (aal2 after a password): start that login here instead of leaving.
    const kratosInit = new URL(`self-service/${kind}/browser`, context.baseUrl)
    if (kind === 'login' && target.origin === kratosInit.origin && target.pathname === kratosInit.pathname) {
      await refreshSession()
      const aal = target.searchParams.get('aal') === 'aal2' ? 'aal2' : undefined
      return begin({ ...(aal ? { aal } : {}), refresh: target.searchParams.get('refresh') === 'true', ...(target.searchParams.get('return_to') ? { returnTo: target.searchParams.get('return_to')! } : {}) }, steps + 1)
    }
    // A 422 can come with a new session (recovery → settings): everyone should see it on arrival.
    if (target.origin === here.origin) await refreshSession()
    if (target.origin !== here.origin && target.origin !== new URL(context.baseUrl).origin) {
      // An identity provider (social sign-in): Kratos chose it, so it is not an open redirect.
      if (active) window.location.assign(target.href)
      set({ ...fieldsOf<F>(state.flow as F | undefined), status: 'redirecting', to: target.href })
      return { type: 'redirecting', to: target.href }
    }
    return go(target.href)
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
      if (started) return
      started = true
      const id = options().flowId ?? (options().syncUrl ? flowIdInPageUrl() : undefined)
      void (id ? read(id, 0) : begin())
    },
    stop() {
      active = false
    },
    submit: submitValues,
    async passkey(values = {}) {
      const flow = state.flow
      if (!flow) return submitValues(values)
      let passkey: FlowValues | undefined
      try {
        passkey = await passkeyValues(kind, flow as AnyFlow, values)
      } catch (cause) {
        return { type: 'passkey_cancelled', cause }
      }
      if (!passkey) return { type: 'error', error: new OrySessionError('config', `This ${kind} flow offers no passkey step.`) }
      return submitValues({ ...values, ...passkey })
    },
    restart: () => begin(),
  }
}

function fieldsOf<F extends AnyFlow>(flow: F | undefined) {
  const nodes = flow?.ui.nodes ?? []
  return { flow, nodes, messages: flow?.ui.messages ?? [], fieldErrors: fieldErrorsOf(nodes), error: null, saved: false, continueWith: [] as readonly ContinueWith[] }
}

function redirectOf(continueWith: readonly ContinueWith[]): string | undefined {
  for (const item of continueWith) if (item.action === 'redirect_browser_to') return item.redirect_browser_to
  return undefined
}
