/** Stops Kratos, including a copy a test restarted (the outage test). */
export default async function globalTeardown() {
  const pid = Number(process.env.E2E_KRATOS_PID)
  for (const candidate of [pid, Number(process.env.E2E_KRATOS_RESTARTED_PID)]) {
    if (!candidate) continue
    try {
      process.kill(candidate, 'SIGTERM')
    } catch {
      // already gone
    }
  }
}
