// What an SPA's `fetch(url, { credentials: 'include' })` does, in Node: a cookie jar for Kratos's host,
// the SPA's Origin on every request (cross-origin fetch), `Accept: application/json`, and redirects
// followed the way the browser's fetch follows them (303 → GET, cookies set on every hop).

/** One browser profile: its own cookies. */
export class BrowserClient {
  constructor({ origin }) {
    this.origin = origin
    this.cookies = new Map()
  }

  cookieHeader() {
    return [...this.cookies].map(([name, value]) => `${name}=${value}`).join('; ')
  }

  /** Applies `Set-Cookie` headers; deletions (Max-Age=0, or an expiry in the past) remove the cookie. */
  store(setCookies) {
    for (const line of setCookies) {
      const [pair, ...attributes] = line.split(';').map((part) => part.trim())
      const index = pair.indexOf('=')
      const name = pair.slice(0, index)
      const value = pair.slice(index + 1)
      const deleted = attributes.some((attribute) => {
        const [key, val = ''] = attribute.split('=')
        if (key.toLowerCase() === 'max-age') return Number(val) <= 0
        if (key.toLowerCase() === 'expires') return Date.parse(val) < Date.now()
        return false
      })
      if (deleted || value === '') this.cookies.delete(name)
      else this.cookies.set(name, value)
    }
  }

  /**
   * A request as the SPA would send it. Resolves with the final answer: `{ request, status, headers, body
   * (parsed JSON, the text when not JSON, or null), url, hops: [{ status, location }], setCookies
   * (names of the cookies any hop set) }`. `follow: false` stops at the first answer.
   */
  async request(method, url, { json, follow = true, headers = {} } = {}) {
    const hops = []
    const setCookieNames = new Set()
    let current = { method, url, json }
    for (let hop = 0; hop < 10; hop++) {
      const response = await fetch(current.url, {
        method: current.method,
        redirect: 'manual',
        headers: {
          Accept: 'application/json',
          Origin: this.origin,
          ...(this.cookies.size ? { Cookie: this.cookieHeader() } : {}),
          ...(current.json === undefined ? {} : { 'Content-Type': 'application/json' }),
          ...headers,
        },
        ...(current.json === undefined ? {} : { body: JSON.stringify(current.json) }),
      })
      const setCookies = response.headers.getSetCookie()
      this.store(setCookies)
      for (const line of setCookies) setCookieNames.add(line.slice(0, line.indexOf('=')))
      const location = response.headers.get('location')
      if (follow && location && [301, 302, 303, 307, 308].includes(response.status)) {
        hops.push({ status: response.status, location })
        await response.arrayBuffer()
        const keepsMethod = response.status === 307 || response.status === 308
        current = { method: keepsMethod ? current.method : 'GET', url: new URL(location, current.url).href, json: keepsMethod ? current.json : undefined }
        continue
      }
      const text = await response.text()
      const contentType = response.headers.get('content-type') ?? ''
      let body = text === '' ? null : text
      if (contentType.includes('json') && text) body = JSON.parse(text)
      return {
        request: { method, url },
        status: response.status,
        headers: { 'content-type': contentType, ...(location ? { location } : {}) },
        body,
        url: current.url,
        hops,
        setCookies: [...setCookieNames],
      }
    }
    throw new Error(`more than 10 redirects from ${method} ${url}`)
  }
}
