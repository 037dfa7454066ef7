// Whether a TCP port can be bound, waiting for busy ports, and free ports: for the scripts and the
// browser tests that start servers (Kratos, the OpenID Connect provider) on fixed ports.
//
// "Nothing answers on the port" is not "the port is free". An outgoing connection (a browser's, a
// fetch's, Kratos's own) takes its local port from the ephemeral range (Linux: 32768–60999), and it
// keeps it while connected and for 60 s of TIME_WAIT after closing. Nothing listens there, so a
// connect probe finds nothing, yet a server's bind fails with EADDRINUSE ("listen tcp
// 0.0.0.0:34434: bind: address already in use"). So the probe here binds, the way Kratos does: the
// wildcard address, dual-stack, with SO_REUSEADDR (Node and Go both set it on listeners).
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createServer } from 'node:net'

/** Whether a server could listen on `port` now (on every address, as Kratos binds it). */
export function isPortFree(port) {
  return new Promise((resolve) => {
    const server = createServer()
    server.once('error', () => resolve(false))
    server.listen({ port }, () => server.close(() => resolve(true)))
  })
}

/**
 * `count` distinct ports the system just handed out as free. The kernel gives bind() odd ports
 * and outgoing connections even ones (Linux ≥ 4.6), so a connection rarely takes one before the
 * caller's server binds it.
 */
export async function freePorts(count) {
  const servers = await Promise.all(
    Array.from({ length: count }, () => new Promise((resolve, reject) => {
      const server = createServer()
      server.once('error', reject)
      server.listen({ port: 0 }, () => resolve(server))
    })),
  )
  const ports = servers.map((server) => server.address().port)
  await Promise.all(servers.map((server) => new Promise((resolve) => server.close(() => resolve()))))
  return ports
}

/**
 * Resolves once every port in `ports` is free; after `timeoutMs` rejects with an error that says
 * what holds each busy port (from `ss`, when installed) and why.
 */
export async function waitForFreePorts(ports, { timeoutMs = 15_000, intervalMs = 100 } = {}) {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const busy = []
    for (const port of ports) if (!(await isPortFree(port))) busy.push(port)
    if (busy.length === 0) return
    if (Date.now() >= deadline) throw new Error(busy.map((port) => `port ${port} is still in use after ${timeoutMs / 1000} s: ${portHolder(port)}`).join('\n'))
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}

/** What holds `port`, in words, for an error message. */
export function portHolder(port) {
  const sockets = spawnSync('ss', ['-Htanp', `sport = :${port}`], { encoding: 'utf8' })
  const lines = sockets.status === 0 ? sockets.stdout.trim().split('\n').filter(Boolean) : []
  const [low, high] = ephemeralRange()
  const ephemeral = port >= low && port <= high
    ? ` It is in the ephemeral range ${low}–${high}, where any outgoing connection may take it (and keep it for 60 s of TIME_WAIT): use a port outside it, or freePorts().`
    : ''
  const held = lines.length > 0 ? `held by\n  ${lines.map((line) => line.replace(/\s+/g, ' ')).join('\n  ')}\n` : `see \`ss -tanp 'sport = :${port}'\` or \`lsof -i :${port}\`.`
  return `${held}${ephemeral}`
}

function ephemeralRange() {
  try {
    const [low, high] = readFileSync('/proc/sys/net/ipv4/ip_local_port_range', 'utf8').trim().split(/\s+/).map(Number)
    return [low ?? 32768, high ?? 60999]
  } catch {
    return [32768, 60999]
  }
}
