import type { Session } from '@ory/client'
import { normalizeError, OrySessionError } from './errors.js'
import { unexpectedAnswer } from './interpretWhoami.js'
import { nextPageFromLink } from './linkHeader.js'
import { DEFAULT_TIMEOUT_MS } from './sessionQueryOptions.js'
import type { KratosListAnswer, KratosTransport, PageRequest } from './transport.js'

/** The identity's other active sessions, as the sessions query caches them. */
export interface OtherSessions {
  /** Every other active session Kratos listed, across all pages, in Kratos's order. */
  readonly sessions: readonly Session[]
  /** Kratos's `X-Total-Count` (other sessions), or the number listed when CORS hides the header. */
  readonly total: number
  /** `false` when listing stopped at `maxPages` although Kratos announced more. */
  readonly complete: boolean
}

/** How many pages one listing reads at most (Kratos's default page is 250 sessions). */
export const MAX_SESSION_PAGES = 20

/**
 * Reads every page of `GET /sessions`, following `Link: rel="next"`. Stops on a page without a
 * next link, on an empty page (Kratos sends a "next" link even when there is nothing), once
 * `X-Total-Count` sessions arrived, or after `maxPages`. Anything but 200 is thrown.
 */
export async function fetchOtherSessions(
  transport: KratosTransport,
  { pageSize, maxPages = MAX_SESSION_PAGES }: { pageSize?: number; maxPages?: number } = {},
): Promise<OtherSessions> {
  const byId = new Map<string, Session>()
  let total: number | undefined
  let page: PageRequest = pageSize === undefined ? {} : { pageSize }
  for (let read = 0; read < maxPages; read += 1) {
    const answer = await listPage(transport, page)
    if (answer.status !== 200) throw unexpectedAnswer(answer)
    const sessions = readSessions(answer)
    for (const session of sessions) if (!byId.has(session.id)) byId.set(session.id, session)
    total ??= parseTotal(answer.totalCount)
    const next = nextPageFromLink(answer.link)
    if (!next || sessions.length === 0 || (total !== undefined && byId.size >= total)) {
      return { sessions: [...byId.values()], total: total ?? byId.size, complete: true }
    }
    page = next
  }
  return { sessions: [...byId.values()], total: total ?? byId.size, complete: false }
}

async function listPage(transport: KratosTransport, page: PageRequest): Promise<KratosListAnswer> {
  const timeout = new AbortController()
  const timer = setTimeout(() => timeout.abort(), DEFAULT_TIMEOUT_MS)
  try {
    return await transport.listMySessions(page, timeout.signal)
  } catch (thrown) {
    if (timeout.signal.aborted) {
      throw new OrySessionError('timeout', 'GET /sessions timed out.', { cause: thrown })
    }
    throw normalizeError(thrown)
  } finally {
    clearTimeout(timer)
  }
}

function readSessions(answer: KratosListAnswer): Session[] {
  const { json } = answer
  const valid =
    Array.isArray(json) &&
    json.every((item: unknown) => typeof item === 'object' && item !== null && typeof (item as Session).id === 'string')
  if (!valid) {
    throw new OrySessionError('invalid_response', 'GET /sessions answered 200 without a list of sessions.', { status: 200 })
  }
  return json as Session[]
}

function parseTotal(header: string | null): number | undefined {
  const total = header === null ? Number.NaN : Number(header.trim())
  return Number.isInteger(total) && total >= 0 ? total : undefined
}
