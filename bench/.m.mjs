import { measure, SDK_PEERS } from '/work/main/bench/lib/size.mjs'
const a = await measure('sdk-minimal.js', { external: SDK_PEERS })
const b = await measure('sdk-minimal.js')
const c = await measure('sdk-full.js')
console.log(`minimal alone ${a.min}/${a.brotli}  minimal+RQ ${b.brotli}  full+RQ ${c.brotli}`)
if (process.argv[2]) console.log(a.files.map(([f,n])=>`${n} ${f}`).join('\n'))
