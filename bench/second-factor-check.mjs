#!/usr/bin/env node
// What the guards' second-factor check costs against a real Kratos v1.3.1 (ports 14433/14434,
// started and stopped here, as scripts/capture-aal2-flows.mjs does): the round trip of
// `GET /self-service/login/browser?aal=aal2` (XHR, JSON) next to whoami's, for a password-only
// session, median and p90 of 50 sequential requests after 5 warm-ups, plus the answer's size.
//   node bench/second-factor-check.mjs
// Not a test: it prints figures (`SECOND_FACTOR_JSON {...}` last).
import { browser, register, startKratos } from '../scripts/capture-aal2-flows.mjs'

const RUNS = 50
const WARMUP = 5

async function time(b, path) {
  const ms = []
  let bytes = 0
  for (let i = 0; i < WARMUP + RUNS; i++) {
    const started = performance.now()
    const answer = await b.call(path)
    const elapsed = performance.now() - started
    if (answer.status !== 200) throw new Error(`${path}: ${answer.status}`)
    bytes = JSON.stringify(answer.body).length
    if (i >= WARMUP) ms.push(elapsed)
  }
  ms.sort((a, b) => a - b)
  const at = (q) => Math.round(ms[Math.min(ms.length - 1, Math.floor(q * ms.length))] * 10) / 10
  return { median: at(0.5), p90: at(0.9), bytes }
}

const stop = await startKratos({})
try {
  const b = browser()
  await register(b, `bench-${Date.now()}@example.com`)
  const whoami = await time(b, '/sessions/whoami')
  const check = await time(b, '/self-service/login/browser?aal=aal2')
  console.log(`whoami (aal1 session):          median ${whoami.median} ms, p90 ${whoami.p90} ms, ${whoami.bytes} B JSON`)
  console.log(`aal2 login flow init (the check): median ${check.median} ms, p90 ${check.p90} ms, ${check.bytes} B JSON`)
  console.log(`SECOND_FACTOR_JSON ${JSON.stringify({ runs: RUNS, whoami, check })}`)
} finally {
  await stop()
}
