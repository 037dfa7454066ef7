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

/** An answer as `callKratos` returns it: any other header can be read too. */
export interface KratosListAnswer extends KratosAnswer {
  /**
   * Reads a header, e.g. a list page's `Link` (`<…?page_token=…>; rel="next"`) or `X-Total-Count`
   * (CORS must expose them): `null` when absent or not exposed.
   */
  header: (name: string) => string | null
}

const TEXT_SNIPPET_LENGTH = 200

/**
 * Builds a {@link KratosAnswer} from a status, a body and a header reader. `body` is the raw text
 * (fetch), or what axios made of it: parsed JSON, or the raw string when it was not JSON.
 * Only the callers that page lists read `Link` and `X-Total-Count`, through `header`.
 */
export function toKratosAnswer(status: number, body: unknown, header: (name: string) => unknown): KratosListAnswer {
  let json = body
  let text: string | undefined
  if (typeof body === 'string') {
    json = undefined
    try {
      if (body.trim()) json = JSON.parse(body)
    } catch {
      text = body.slice(0, TEXT_SNIPPET_LENGTH)
    }
  }
  const read = (name: string) => {
    const value = header(name)
    return typeof value === 'string' ? value : null
  }
  return { status, json: json ?? undefined, text, retryAfter: read('retry-after'), header: read }
}
