import { useFocusOnError, type FlowHook, type NodeComponents } from 'ory-session-react/flows'
import type { ReactNode } from 'react'
import { FlowMessages } from './FlowMessages'
import { MethodForms } from './MethodForms'

/** An SDK error's message without the library prefix, as a sentence for a person. */
export const readable = (error: { message: string }) => error.message.replace(/^\[ory-session-react\]\s*/, '')

/**
 * What every flow page shows around its forms: the title, a loading or "taking you on" line, a
 * readable error with a way on, the flow's messages once, then one form per method.
 */
export function FlowScreen({ title, flow, intro, messages = flow.messages, titled, components, children }: {
  title: string
  components?: Partial<NodeComponents>
  flow: FlowHook<unknown>
  intro?: ReactNode
  messages?: FlowHook<unknown>['messages']
  titled?: boolean
  children?: ReactNode
}) {
  // After a submit Kratos turned back: its first invalid field, else its messages (the library's own focus rule).
  const focusArea = useFocusOnError<HTMLDivElement>(flow)
  return (
    <>
      <h1 data-testid="flow-title">{title}</h1>
      {intro}
      {flow.status === 'loading' && <p>Loading…</p>}
      {flow.status === 'redirecting' && <p data-testid="flow-redirecting">One moment…</p>}
      {flow.status === 'error' && (
        <section role="alert" data-testid="flow-error">
          <p>{readable(flow.error)}</p>
          <button type="button" onClick={() => void flow.restart()}>
            Start again
          </button>
        </section>
      )}
      {(flow.status === 'ready' || flow.status === 'submitting') && (
        <div ref={focusArea}>
          {flow.error && (
            <p role="alert" data-testid="flow-submit-error">
              {readable(flow.error)} What you typed is still here; try again.
            </p>
          )}
          <FlowMessages messages={messages} />
          <MethodForms flow={flow} {...(titled ? { titled } : {})} {...(components ? { components } : {})} />
        </div>
      )}
      {children}
    </>
  )
}
