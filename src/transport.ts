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

/** The Kratos calls the SDK makes; one implementation uses `fetch`, one an @ory/client `FrontendApi`. */
export interface KratosTransport {
  /** `GET /sessions/whoami`. Throws only when no answer arrived (network, abort). */
  whoami(signal: AbortSignal, tokenizeAs?: string): Promise<KratosAnswer>
  /** `GET /self-service/logout/browser`. */
  createLogoutFlow(returnTo?: string): Promise<KratosAnswer>
  /** `GET /self-service/logout?token=…`, as JSON (204). */
  updateLogoutFlow(token: string): Promise<KratosAnswer>
}
