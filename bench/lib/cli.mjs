import { pathToFileURL } from 'node:url'

/**
 * When `moduleUrl` is the script node was started with: runs `measure({ runs })` (`--runs N`,
 * default 20) and prints `<TAG>_JSON <result>` for bench/run.mjs, or `{ skipped }` with the first
 * line of what went wrong, so one browser bench failing leaves the others' tables intact.
 */
export async function runBenchScript(moduleUrl, tag, measure) {
  if (!process.argv[1] || moduleUrl !== pathToFileURL(process.argv[1]).href) return
  const runsFlag = process.argv.indexOf('--runs')
  const runs = runsFlag > 0 ? Number(process.argv[runsFlag + 1]) : 20
  let result
  try {
    result = await measure({ runs })
  } catch (error) {
    result = { skipped: `failed: ${String(error?.message ?? error).split('\n')[0]}` }
  }
  console.log(`${tag}_JSON ${JSON.stringify(result)}`)
}
