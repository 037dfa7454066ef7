import { useEffect, useRef } from 'react'
import type { FlowHook } from './useFlow.js'

/**
 * After a submit Kratos answers with errors, moves the focus to the first input with
 * `aria-invalid="true"` inside the element the returned ref is on, else to its non-empty
 * `role="status"` region (give it `tabIndex={-1}`): a keyboard or screen reader user lands on what
 * went wrong. `<FlowForm>` does this itself; use it when you lay out `<Nodes>` in your own forms.
 *
 * @example
 * ```tsx
 * import { formatUiText, Nodes, useFocusOnError, useLoginFlow } from 'ory-session-react/flows'
 *
 * export function LoginPage() {
 *   const login = useLoginFlow()
 *   const focusArea = useFocusOnError<HTMLDivElement>(login)
 *   return (
 *     <div ref={focusArea}>
 *       <p role="status" tabIndex={-1}>{login.messages.map((message) => formatUiText(message)).join(' ')}</p>
 *       <form {...login.getFormProps()}>
 *         <Nodes flow={login} groups={['default', 'password']} />
 *       </form>
 *     </div>
 *   )
 * }
 * ```
 */
export function useFocusOnError<T extends HTMLElement>({ status }: Pick<FlowHook<unknown>, 'status'>) {
  const area = useRef<T>(null)
  const last = useRef(status)
  useEffect(() => {
    // Kratos kept the form after a submit (submitting → ready): it said what is wrong.
    const find = (selector: string) => area.current?.querySelector<HTMLElement>(selector)
    if (last.current === 'submitting' && status === 'ready') (find('[aria-invalid="true"]') ?? find('[role="status"]:not(:empty)'))?.focus()
    last.current = status
  }, [status])
  return area
}
