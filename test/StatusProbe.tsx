import { useSession } from '../src'

/** Shows what useSession reports, the way an app's header would. */
export function StatusProbe({ id = 'status' }: { id?: string }) {
  const state = useSession()
  return (
    <div data-testid={id}>
      <span data-testid={`${id}-status`}>{state.status}</span>
      <span data-testid={`${id}-email`}>{state.identity ? String(state.identity.traits.email) : ''}</span>
      <span data-testid={`${id}-aal`}>{state.aal ?? ''}</span>
      <span data-testid={`${id}-error`}>{state.error ? `${state.error.kind}:${state.error.status ?? ''}` : ''}</span>
    </div>
  )
}
