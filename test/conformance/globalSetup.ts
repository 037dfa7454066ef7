// @ts-expect-error scripts/kratos.mjs is plain JavaScript shared with `npm run demo`
import { ensureKratosBinary } from '../../scripts/kratos.mjs'
import { ensureKratosE2eDir } from './kratosModule'

/** The Kratos module (its profiles and identity schemas) and the binary, before any worker needs them. */
export default async function globalSetup() {
  ensureKratosE2eDir()
  await ensureKratosBinary()
}
