/** One HTTP answer from Kratos, as the SDK needs it, whichever client fetched it. */
export interface KratosAnswer {
  status: number
  /** The parsed JSON body, or `undefined` when the body was empty or not JSON. */
  json: unknown
  /** The first characters of a body that was not JSON (for error messages). */
  text: string | undefined
  /** The `Retry-After` header, when present. */
  retryAfter: string | null
}

/** A page of a Kratos list endpoint: the answer plus its paging headers (CORS must expose them). */
export interface KratosListAnswer extends KratosAnswer {
  /** The `Link` header (`<…?page_token=…>; rel="next"`), or `null` when absent or not exposed. */
  link: string | null
  /** The `X-Total-Count` header, or `null` when absent or not exposed. */
  totalCount: string | null
}

/** Which page of a list to ask for; both come from the previous page's `Link: rel="next"`. */
export interface PageRequest {
  pageSize?: number
  pageToken?: string
}

/** The Kratos calls the SDK makes; one implementation uses `fetch`, one an @ory/client `FrontendApi`. */
export interface KratosTransport {
  /** `GET /sessions/whoami`. Throws only when no answer arrived (network, abort). */
  whoami(signal: AbortSignal, tokenizeAs?: string): Promise<KratosAnswer>
  /** `GET /self-service/logout/browser`. */
  createLogoutFlow(returnTo?: string): Promise<KratosAnswer>
  /** `GET /self-service/logout?token=…`, as JSON (204). */
  updateLogoutFlow(token: string): Promise<KratosAnswer>
  /** `GET /sessions` (listMySessions): one page of the identity's *other* active sessions. */
  listMySessions(page: PageRequest, signal?: AbortSignal): Promise<KratosListAnswer>
  /** `DELETE /sessions/{id}` (disableMySession): 204. */
  disableMySession(id: string): Promise<KratosAnswer>
  /** `DELETE /sessions` (disableMyOtherSessions): 200 `{ count }`. */
  disableMyOtherSessions(): Promise<KratosAnswer>
}
