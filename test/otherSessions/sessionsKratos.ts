import type { Session } from '@ory/client'
import { http, HttpResponse } from 'msw'
import { activeAal2Session, inactiveSessionWithDevice, legacyAal1Session } from '../fixtures'
import other2013 from '../fixtures/session-068f6bb6-d15f-436d-94f7-b3fd0489c9ef.json'
import { KRATOS_URL, server } from '../kratos'

/** This browser's session (whoami). */
export const currentSession = activeAal2Session
/**
 * The same identity's other sessions: Kratos's own serialised sessions (see fixtures/SOURCES.md),
 * with `active: true` set explicitly because listMySessions lists active sessions only.
 */
export const otherSessions: Session[] = [
  { ...inactiveSessionWithDevice, active: true },
  { ...legacyAal1Session, active: true },
  { ...(other2013 as Session), active: true },
]

/** Kratos's page token (ory/x tokenpagination v2): base64url of `{"offset":"N","v":2}`, unpadded. */
export const pageToken = (offset: number) => btoa(`{"offset":"${offset}","v":2}`).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
const offsetOf = (token: string) => Number((JSON.parse(atob(token.replace(/-/g, '+').replace(/_/g, '/'))) as { offset: string }).offset)

/**
 * The `Link` header Kratos writes for listMySessions (ory/x migrationpagination through
 * pagination.HeaderWithFormatter): relative to Kratos, keys sorted as Go's url.Values.Encode, and —
 * as Kratos does — a rel="next" link even when there is nothing at all.
 */
export function kratosLink(total: number, offset: number, perPage: number): string {
  const link = (rel: string, at: number, size = perPage) => {
    const query = new URLSearchParams([['page', String(Math.trunc(at / size))], ['page_size', String(size)], ['page_token', pageToken(at)], ['per_page', String(size)]])
    return `</sessions?${query.toString()}>; rel="${rel}"`
  }
  const lastOffset = total % perPage === 0 ? total - perPage : Math.floor(total / perPage) * perPage
  if (offset >= lastOffset) {
    if (total === 0) return [link('first', 0), link('next', offset + perPage), link('prev', offset - perPage)].join(',')
    if (total <= perPage) return link('first', 0, total)
    return [link('first', 0), link('prev', lastOffset - perPage)].join(',')
  }
  if (offset < perPage) return [link('next', perPage), link('last', lastOffset)].join(',')
  return [link('first', 0), link('next', offset + perPage), link('prev', offset - perPage), link('last', lastOffset)].join(',')
}

/** A stateful fake of Kratos's /sessions endpoints for one identity, paging `perPage` at a time. */
export function sessionsEndpoints(others: Session[] = otherSessions, { perPage = 250 } = {}) {
  const state = { others: [...others], listed: [] as URL[], deleted: [] as string[] }
  server.use(
    http.get(`${KRATOS_URL}/sessions`, ({ request }) => {
      const url = new URL(request.url)
      state.listed.push(url)
      const size = Number(url.searchParams.get('page_size') ?? perPage)
      const token = url.searchParams.get('page_token')
      const offset = token ? offsetOf(token) : 0
      return HttpResponse.json(state.others.slice(offset, offset + size), {
        headers: { 'X-Total-Count': String(state.others.length), Link: kratosLink(state.others.length, offset, size) },
      })
    }),
    http.delete(`${KRATOS_URL}/sessions/:id`, ({ params }) => {
      const id = String(params.id)
      state.deleted.push(id)
      state.others = state.others.filter((session) => session.id !== id)
      return new HttpResponse(null, { status: 204 })
    }),
    http.delete(`${KRATOS_URL}/sessions`, () => {
      const count = state.others.length
      state.others = []
      return HttpResponse.json({ count })
    }),
  )
  return state
}
