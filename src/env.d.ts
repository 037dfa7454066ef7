// Apps' bundlers (Vite, webpack, esbuild, Rollup with replace) turn `process.env.NODE_ENV` into a
// literal, so code behind `process.env.NODE_ENV !== 'production'` (long troubleshooting messages,
// the devtools event log) is dropped from production bundles, as React and TanStack Query do. The
// check is written out at each use: a shared constant would keep what it guards in esbuild bundles.
// Declared here so the package's types do not depend on @types/node (identical to Node's own).
declare namespace NodeJS {
  interface ProcessEnv {
    NODE_ENV?: string
  }
  interface Process {
    env: ProcessEnv
  }
}
declare var process: NodeJS.Process
