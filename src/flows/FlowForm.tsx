import type { ReactNode } from 'react'
import { defaultNodeComponents, type NodeComponents } from './nodeComponents.js'
import { Nodes } from './Nodes.js'
import type { Locale } from './formatUiText.js'
import { localizeText } from './localizeNode.js'
import type { FlowHook } from './useFlow.js'
import { useFocusOnError } from './useFocusOnError.js'

/** Props of {@link FlowForm}. */
export interface FlowFormProps {
  /** A flow hook's result (`useLoginFlow()` …). */
  flow: FlowHook<unknown>
  /** Render only these node groups. Default: all. */
  groups?: readonly string[]
  /** Replace the components of some node types. */
  components?: Partial<NodeComponents>
  /**
   * Show the flow's messages, labels and buttons in this language, Kratos's English where it lacks
   * an id (e.g. `de` from `ory-session-react/locales/de`). Sets the form's `lang`. Default: English.
   */
  locale?: Locale
  /** Shown while the flow loads or the browser leaves. Default: nothing. */
  fallback?: ReactNode
  /** Rendered inside the form, after the nodes (links such as "Forgot password?"). */
  children?: ReactNode
}

/**
 * A whole flow as a real `<form action method>`: the flow's messages (once), its nodes, and the
 * last failure that kept the form (network, timeout). Submits through the hook as JSON; social
 * sign-in buttons post natively. Renders `fallback` unless the flow is ready or submitting.
 *
 * @example
 * ```tsx
 * import { FlowForm, useLoginFlow } from 'ory-session-react/flows'
 *
 * export function LoginPage() {
 *   const login = useLoginFlow()
 *   return (
 *     <FlowForm flow={login} fallback={<p>Loading…</p>}>
 *       <a href="/recovery">Forgot password?</a>
 *     </FlowForm>
 *   )
 * }
 * ```
 */
export function FlowForm({ flow, groups, components, locale, fallback = null, children }: FlowFormProps) {
  const { status } = flow
  // After a submit Kratos turned back: the first invalid field, else the messages.
  const form = useFocusOnError<HTMLFormElement>(flow)
  if (status !== 'ready' && status !== 'submitting') return <>{fallback}</>
  const { Message } = { ...defaultNodeComponents, ...components }
  return (
    <form {...flow.getFormProps()} ref={form} aria-busy={status === 'submitting'} lang={locale?.lang}>
      {/* One live region, always there so that what enters it is announced, once. */}
      <div role="status" tabIndex={-1}>
        {flow.messages.map((message) => <Message key={message.id} message={localizeText(message, locale)} />)}
        {flow.error && <Message message={{ id: 0, type: 'error', text: flow.error.message.replace('[ory-session-react] ', '') }} />}
      </div>
      <Nodes flow={flow} {...(groups ? { groups } : {})} {...(components ? { components } : {})} locale={locale} />
      {children}
    </form>
  )
}
