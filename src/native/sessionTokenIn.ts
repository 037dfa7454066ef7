/**
 * The session token in a Kratos API-flow answer: `session_token` (login, token exchange) or a
 * `continue_with` item `set_ory_session_token` (registration, recovery). `undefined` when there is
 * none. Browser flows never carry one: cookie mode treats one as an error (see `acceptTokenAnswer`).
 */
export function sessionTokenIn(json: unknown): string | undefined {
  if (typeof json !== 'object' || json === null) return undefined
  const { session_token: direct, continue_with: next } = json as { session_token?: unknown; continue_with?: unknown }
  if (typeof direct === 'string' && direct !== '') return direct
  const item = Array.isArray(next)
    ? (next as { action?: unknown; ory_session_token?: unknown }[]).find((entry) => entry?.action === 'set_ory_session_token')
    : undefined
  return typeof item?.ory_session_token === 'string' && item.ory_session_token !== '' ? item.ory_session_token : undefined
}
