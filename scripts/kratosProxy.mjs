// A local HTTP proxy in front of Kratos that adds latency and injects faults, for the browser bench
// (table 4: whoami behind 0/50/150 ms) and the fault-injection browser test (test/e2e/faults.spec.ts).
// Plain Node: the browser reaches Kratos through it on another port of localhost, so the session
// cookie (host-scoped, not port-scoped) still goes along.
//   node scripts/kratosProxy.mjs [--port 4455] [--latency 150]   a latency proxy in the foreground
import { request as httpRequest, createServer } from 'node:http'
import { fileURLToPath } from 'node:url'

/** The faults the proxy can inject, each as a person's browser would meet it. */
export const FAULT_KINDS = ['reset', '5xx', '429', 'stall', 'slow-body']

/** A small seeded PRNG (mulberry32): the same seed gives the same faults in the same order. */
export function seededRandom(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * Starts the proxy. `latencyMs` delays every request before it is forwarded (a network round trip
 * away). `setFaults({ seed, rate, kinds, match })` makes a `rate` share of the requests whose path
 * matches `match` fail with one of `kinds`; `setFaults(null)` heals, and releases stalled requests
 * to Kratos (a paused Kratos that resumes answers what it had queued). `log` lists every request.
 */
export function startKratosProxy({ port = 4455, target = 'http://localhost:4433', latencyMs = 0 } = {}) {
  const upstream = new URL(target)
  const log = []
  const stalled = new Set()
  let latency = latencyMs
  let faults = null
  let random = Math.random

  const corsHeaders = (req) => ({
    'Access-Control-Allow-Origin': req.headers.origin ?? '*',
    'Access-Control-Allow-Credentials': 'true',
    'Access-Control-Expose-Headers': 'Retry-After, Content-Type',
    Vary: 'Origin',
  })

  const forward = (req, res, body, onResponse) => {
    const proxied = httpRequest(
      { host: upstream.hostname, port: upstream.port, method: req.method, path: req.url, headers: { ...req.headers, host: upstream.host } },
      (answer) => onResponse(answer),
    )
    proxied.once('error', () => res.destroy())
    proxied.end(body)
  }
  const pipeThrough = (res) => (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  }

  const inject = (kind, req, res, body, entry) => {
    const pick = (values) => values[Math.floor(random() * values.length)]
    if (kind === 'reset') return req.socket.destroy()
    if (kind === '5xx') {
      entry.status = pick([500, 502, 503, 504])
      res.writeHead(entry.status, { 'Content-Type': 'application/json', ...corsHeaders(req) })
      return res.end(JSON.stringify({ error: { code: entry.status, status: 'Injected', message: 'injected by kratosProxy' } }))
    }
    if (kind === '429') {
      entry.retryAfter = pick([1, 2, 3])
      res.writeHead(429, { 'Content-Type': 'application/json', 'Retry-After': String(entry.retryAfter), ...corsHeaders(req) })
      return res.end(JSON.stringify({ error: { code: 429, status: 'Too Many Requests', message: 'injected by kratosProxy' } }))
    }
    if (kind === 'stall') {
      // Held until the browser gives up, or until the proxy heals and hands it to Kratos.
      const release = () => {
        stalled.delete(release)
        if (!res.destroyed) forward(req, res, body, pipeThrough(res))
      }
      stalled.add(release)
      res.once('close', () => stalled.delete(release))
      return undefined
    }
    // slow-body: Kratos's real answer, headers at once, the body a few bytes at a time over 1–12 s.
    entry.bodyMs = Math.round(1000 + random() * 11_000)
    return forward(req, res, body, (answer) => {
      const chunks = []
      answer.on('data', (chunk) => chunks.push(chunk))
      answer.on('end', () => {
        const whole = Buffer.concat(chunks)
        const headers = { ...answer.headers }
        delete headers['content-length']
        res.writeHead(answer.statusCode ?? 502, headers)
        const steps = 8
        let sent = 0
        const timer = setInterval(() => {
          if (res.destroyed) return clearInterval(timer)
          const next = Math.ceil((whole.length * (sent + 1)) / steps)
          res.write(whole.subarray(Math.ceil((whole.length * sent) / steps), next))
          if (++sent === steps) {
            clearInterval(timer)
            res.end()
          }
        }, entry.bodyMs / steps)
      })
    })
  }

  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (chunk) => chunks.push(chunk))
    req.on('end', () => {
      const entry = { at: Date.now(), method: req.method, path: (req.url ?? '/').split('?')[0], fault: null }
      log.push(entry)
      const body = Buffer.concat(chunks)
      const go = () => {
        if (req.socket.destroyed) return
        const applies = faults && req.method !== 'OPTIONS' && faults.match.test(entry.path) && random() < faults.rate
        if (applies) {
          entry.fault = faults.kinds[Math.floor(random() * faults.kinds.length)]
          return inject(entry.fault, req, res, body, entry)
        }
        return forward(req, res, body, pipeThrough(res))
      }
      if (latency > 0) setTimeout(go, latency)
      else go()
    })
  })
  const listening = new Promise((resolve, reject) => {
    server.once('error', reject)
    server.listen(port, 'localhost', () => resolve())
  })

  return {
    url: `http://localhost:${port}`,
    listening,
    log,
    setLatency(ms) {
      latency = ms
    },
    setFaults(config) {
      if (config) {
        faults = { rate: 0.5, kinds: FAULT_KINDS, match: /^\/sessions\/whoami$/, ...config }
        random = seededRandom(config.seed ?? 1)
        return
      }
      faults = null
      for (const release of [...stalled]) release()
    },
    close() {
      for (const release of [...stalled]) release()
      server.closeAllConnections()
      return new Promise((resolve) => server.close(() => resolve()))
    },
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const flag = (name, fallback) => {
    const at = process.argv.indexOf(`--${name}`)
    return at > 0 ? Number(process.argv[at + 1]) : fallback
  }
  const proxy = startKratosProxy({ port: flag('port', 4455), latencyMs: flag('latency', 0) })
  await proxy.listening
  console.log(`› Kratos proxy on ${proxy.url} → http://localhost:4433 (+${flag('latency', 0)} ms per request). Ctrl-C stops it.`)
  process.once('SIGINT', () => void proxy.close().then(() => process.exit(0)))
}
