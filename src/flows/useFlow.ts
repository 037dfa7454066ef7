import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore, type FormEvent } from 'react'
import { useSessionContext } from '../session/SessionContext.js'
import type { FlowValues } from './flowBody.js'
import { createFlowEngine, type FlowEngineOptions } from './flowEngine.js'
import type { FlowByKind, FlowKind } from './flowKinds.js'
import type { FlowOutcome, FlowState } from './flowState.js'
import { formValues, type Submitter } from './formValues.js'
import { nodeName } from './nodeMessages.js'

/** Options every flow hook takes. */
export interface FlowOptions {
  /**
   * Where to go when the flow is done: a path or URL on the app's origin (or Kratos's). Sent to
   * Kratos as `return_to` when the hook starts a flow. Default: the page URL's `?return_to=`, else
   * what Kratos says (`selfservice.default_browser_return_url`).
   */
  returnTo?: string
  /** The flow to show. Default: the page URL's `?flow=` (where Kratos sends the browser). */
  flowId?: string
  /**
   * Keep `?flow=<id>` in the page URL (`history.replaceState`), so a reload shows the same flow.
   * @default true
   */
  syncUrl?: boolean
}

/** The props of a real `<form>` for the flow: native POSTs (social sign-in) keep working. */
export interface FlowFormElementProps {
  action: string
  method: string
  /** Submits as JSON through the hook; lets social sign-in buttons (`provider`, `link`, `unlink`) POST natively. */
  onSubmit: (event: FormEvent<HTMLFormElement>) => void
}

/** What every flow hook returns besides its state. Stable across renders. */
export interface FlowActions {
  /** Submits `values` (field names as Kratos names them) with the flow's CSRF token and hidden fields. Never rejects. */
  submit: (values: FlowValues) => Promise<FlowOutcome>
  /**
   * Runs the passkey or security key ceremony the flow offers (`navigator.credentials`) and submits
   * it with `values`. Names a trigger in `values` (`webauthn_register_trigger`, as `<Nodes>`' buttons
   * do) to pick that one; else the passkey, or the security key when there is no passkey. Never rejects.
   */
  passkey: (values?: FlowValues) => Promise<FlowOutcome>
  /**
   * Drops the flow and starts a new one. After a refused `return_to` (Kratos's 400
   * `self_service_flow_return_to_forbidden`, or `invalid_return_to`), this and every later start
   * of the hook go without one (Kratos's default return URL), and `?return_to=` leaves the page
   * URL: starting with it again would be refused again.
   */
  restart: () => Promise<FlowOutcome>
  /** Props for a `<form>` that renders this flow. */
  getFormProps: () => FlowFormElementProps
}

/** A flow hook's result: its state (a union on `status`) and its actions. */
export type FlowHook<F> = FlowState<F> & FlowActions

// Social sign-in must leave as a native form POST (Kratos sets its state cookie on that answer).
const NATIVE_SUBMITTERS = new Set(['provider', 'link', 'unlink'])

/** The engine behind the five hooks. */
export function useFlow<K extends FlowKind>(kind: K, caller: string, options: FlowOptions & Partial<FlowEngineOptions>): FlowHook<FlowByKind[K]> {
  const context = useSessionContext(caller)
  const optionsRef = useRef<FlowEngineOptions>({ ...options, syncUrl: options.syncUrl ?? true })
  optionsRef.current = { ...options, syncUrl: options.syncUrl ?? true }
  const [engine] = useState(() => createFlowEngine(kind, context, () => optionsRef.current))
  const state = useSyncExternalStore(engine.subscribe, engine.getState, engine.getState)
  useEffect(() => {
    engine.start()
    return () => engine.stop()
  }, [engine])

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      const form = event.currentTarget
      const flow = engine.getState().flow
      let submitter: Submitter | null = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
      // Enter in a field presses the form's first submit button, whatever its method ("Send sign in
      // code" or a provider after a password, the profile's "Save" after a new password): submit
      // the method of the field that has the focus instead. (Safari leaves the focus in the field
      // on a click: a click on that first button then also counts as the field's method.)
      const field = document.activeElement as HTMLInputElement | null
      const group = field?.form === form && field.type !== 'submit' ? flow?.ui.nodes.find((node) => nodeName(node) === field.name)?.group : undefined
      if (group && group !== 'default' && submitter === form.querySelector('[type=submit]')) submitter = { name: 'method', value: group }
      if (submitter && NATIVE_SUBMITTERS.has(submitter.name)) return
      event.preventDefault()
      if (!flow) return
      const { values, group: method } = formValues(form, submitter, flow.ui.nodes)
      void engine.submit(values, method).then(({ type }) => {
        // Kratos never sends a password back: once it has answered (saved, refused with its reason,
        // a new flow) the password boxes show its answer, empty, not a password already sent. With
        // no answer ('error': network, timeout) what was typed stays, to send again.
        if (type !== 'error') for (const field of form.querySelectorAll<HTMLInputElement>('[type=password]')) field.value = ''
      })
    },
    [engine],
  )
  const flow = state.flow
  const actions = useMemo(
    () => ({
      submit: (values: FlowValues) => engine.submit(values),
      passkey: (values?: FlowValues) => engine.passkey(values),
      restart: () => engine.restart(),
    }),
    [engine],
  )
  const getFormProps = useCallback(() => ({ action: flow?.ui.action ?? '', method: flow?.ui.method ?? 'POST', onSubmit }), [flow, onSubmit])
  return { ...state, ...actions, getFormProps }
}
