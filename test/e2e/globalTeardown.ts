import { stopKratos } from './kratosProcess'

/** Stops Kratos, including a copy a test restarted (the outage test, the expired-flow test). */
export default async function globalTeardown() {
  await stopKratos()
}
