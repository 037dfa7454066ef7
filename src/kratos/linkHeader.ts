/** Which page of a list to ask for; both come from the previous page's `Link: rel="next"`. */
export interface PageRequest {
  pageSize?: number
  pageToken?: string
}

/**
 * Reads the `rel="next"` target of an RFC 8288 `Link` header as Kratos writes it for
 * listMySessions (`</sessions?page=1&page_size=250&page_token=…&per_page=250>; rel="next"`, the
 * URL relative to Kratos) and returns its `page_token` / `page_size`, so the next request goes to
 * the SDK's own base URL (Kratos may sit behind a proxy prefix its Link does not know about).
 * `undefined` when there is no next page, or it carries no token.
 */
export function nextPageFromLink(link: string | null): PageRequest | undefined {
  if (!link) return undefined
  for (const [, target = '', params = ''] of link.matchAll(/<([^>]*)>([^<]*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(params)
    const rels = (rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/)
    if (!rels.includes('next')) continue
    let url: URL
    try {
      url = new URL(target, 'http://kratos.invalid/')
    } catch {
      return undefined
    }
    const pageToken = url.searchParams.get('page_token')
    if (!pageToken) return undefined
    const pageSize = Number(url.searchParams.get('page_size'))
    return Number.isInteger(pageSize) && pageSize > 0 ? { pageToken, pageSize } : { pageToken }
  }
  return undefined
}
