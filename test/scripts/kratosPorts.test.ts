// @vitest-environment node
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { connect, createServer, type Server, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, afterEach, beforeAll, expect, test } from 'vitest'
// scripts/kratos.mjs is plain JavaScript shared with `npm run demo`.
// @ts-expect-error no type declarations for the script
import { isListening, kratosBinaryPath, startKratos } from '../../scripts/kratos.mjs'
import { freePorts, isPortFree } from '../../scripts/ports.mjs'
import { server as msw } from '../kratos'

// How scripts/kratos.mjs decides that Kratos's ports are free, against real sockets. The browser
// tests start Kratos on fixed ports; CI saw "Kratos exited with code 1 … listen tcp 0.0.0.0:34434:
// bind: address already in use" while nothing listened there: an outgoing connection held it.

const CAPTURE_DIR = fileURLToPath(new URL('../fixtures/native/capture/', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'kratos-ports-'))
const open: (Server | Socket)[] = []

// Kratos answers /health/ready over real HTTP: no MSW here.
beforeAll(() => msw.close())
afterEach(() => {
  for (const handle of open.splice(0)) 'destroy' in handle ? handle.destroy() : handle.close()
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function listen(port = 0): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => open.push(socket))
    open.push(server)
    server.once('error', reject)
    server.listen(port, () => resolve(server))
  })
}
const portOf = (server: Server) => (server.address() as { port: number }).port

/** A port that an outgoing connection took from the ephemeral range, as Chromium's or fetch's do. */
async function portOfAnOutgoingConnection(): Promise<number> {
  const peer = await listen()
  const client = connect({ port: portOf(peer), host: 'localhost' })
  open.push(client)
  await new Promise((resolve) => client.once('connect', resolve))
  return client.localPort as number
}

/** Kratos with the capture config on `publicPort`/`adminPort` (memory database, starts in ~1 s). */
function kratosOn(publicPort: number, adminPort: number, portWaitMs?: number) {
  const overlay = join(dir, `ports-${publicPort}.json`)
  writeFileSync(overlay, JSON.stringify({ serve: { public: { port: publicPort, base_url: `http://localhost:${publicPort}/` }, admin: { port: adminPort } } }))
  return startKratos({ config: ['kratos.yml', overlay], cwd: CAPTURE_DIR, publicUrl: `http://localhost:${publicPort}`, ports: [publicPort, adminPort], logFile: join(dir, 'kratos.log'), portWaitMs })
}

test('a port an outgoing connection holds is busy, though nothing answers on it', async () => {
  const held = await portOfAnOutgoingConnection()
  expect(await isListening(held)).toBe(false) // what the old check asked
  expect(await isPortFree(held)).toBe(false) // what a server's bind meets
  const [fresh = 0] = await freePorts(1)
  expect(await isPortFree(fresh)).toBe(true)
})

test('startKratos refuses a port an outgoing connection holds, before starting Kratos, and says what holds it', async () => {
  const held = await portOfAnOutgoingConnection()
  const [admin = 0] = await freePorts(1)
  const started = Date.now()
  const error: Error = await kratosOn(held, admin, 300).then(
    (kratos: { stop(): Promise<void> }) => kratos.stop().then(() => new Error('Kratos started')),
    (reason: Error) => reason,
  )
  expect(error.message).toContain(`port ${held} is still in use after 0.3 s`)
  expect(error.message).toMatch(/ephemeral range \d+–\d+/)
  expect(error.message).not.toContain('Kratos exited') // it never ran
  expect(Date.now() - started).toBeLessThan(5_000)
})

test.skipIf(!existsSync(kratosBinaryPath()))('startKratos waits for a port that frees up; stop() resolves once both ports can be bound again', async () => {
  const [publicPort = 0, adminPort = 0] = await freePorts(2)
  const previous = await listen(publicPort) // a Kratos that is still stopping
  setTimeout(() => previous.close(), 500)
  const kratos = await kratosOn(publicPort, adminPort)
  expect((await fetch(`http://localhost:${publicPort}/health/ready`)).status).toBe(200)
  await kratos.stop()
  expect([await isPortFree(publicPort), await isPortFree(adminPort)]).toEqual([true, true])
}, 30_000)
