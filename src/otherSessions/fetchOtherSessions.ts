import type { Session } from '@ory/client'
import { callKratos, type KratosEndpoint } from '../kratos/callKratos.js'
import { OrySessionError } from '../kratos/errors.js'
import { unexpectedAnswer } from '../session/interpretWhoami.js'
import type { KratosListAnswer } from '../kratos/kratosAnswer.js'
import { nextPageFromLink, type PageRequest } from '../kratos/linkHeader.js'

/** The identity's other active sessions, as the sessions query caches them. */
export interface OtherSessions {
  /** Every other active session Kratos listed, across all pages, in Kratos's order. */
  readonly sessions: readonly Session[]
  /** Kratos's `X-Total-Count` (other sessions), or the number listed when CORS hides the header. */
  readonly total: number
  /** `false` when listing stopped at MAX_SESSION_PAGES although Kratos announced more. */
  readonly complete: boolean
}

/** How many pages one listing reads at most (Kratos's default page is 250 sessions). */
export const MAX_SESSION_PAGES = 20

/**
 * Reads every page of `GET /sessions`, following `Link: rel="next"`. Stops on a page without a
 * next link, on an empty page (Kratos sends a "next" link even when there is nothing), once
 * `X-Total-Count` sessions arrived, or after MAX_SESSION_PAGES pages. Anything but 200 is thrown.
 */
export async function fetchOtherSessions(
  endpoint: KratosEndpoint,
  { pageSize }: { pageSize: number | undefined },
): Promise<OtherSessions> {
  const byId = new Map<string, Session>()
  let total: number | undefined
  let page: PageRequest = pageSize === undefined ? {} : { pageSize }
  for (let read = 0; read < MAX_SESSION_PAGES; read += 1) {
    const answer = await listPage(endpoint, page)
    if (answer.status !== 200) throw unexpectedAnswer(answer)
    const sessions = readSessions(answer)
    for (const session of sessions) if (!byId.has(session.id)) byId.set(session.id, session)
    total ??= parseTotal(answer.header('x-total-count'))
    const next = nextPageFromLink(answer.header('link'))
    if (!next || sessions.length === 0 || (total !== undefined && byId.size >= total)) {
      return { sessions: [...byId.values()], total: total ?? byId.size, complete: true }
    }
    page = next
  }
  return { sessions: [...byId.values()], total: total ?? byId.size, complete: false }
}

function listPage(endpoint: KratosEndpoint, page: PageRequest): Promise<KratosListAnswer> {
  const query = new URLSearchParams()
  if (page.pageSize !== undefined) query.set('page_size', String(page.pageSize))
  if (page.pageToken !== undefined) query.set('page_token', page.pageToken)
  return callKratos(endpoint, {
    path: `sessions?${query}`,
    viaFrontendApi: (api, options) => api.listMySessions(page, options),
  })
}

function readSessions(answer: KratosListAnswer): Session[] {
  const { json } = answer
  const valid =
    Array.isArray(json) &&
    json.every((item: unknown) => typeof (item as Session | null)?.id === 'string')
  if (!valid) {
    throw new OrySessionError('invalid_response', 'GET /sessions answered 200 without a list of sessions.', { status: 200 })
  }
  return json as Session[]
}

function parseTotal(header: string | null): number | undefined {
  const total = header === null ? Number.NaN : Number(header.trim())
  return Number.isInteger(total) && total >= 0 ? total : undefined
}
