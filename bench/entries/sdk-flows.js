// The flows entry's whole public API (ory-session-react/flows): the five hooks and the renderer.
export * from '../../src/flows/index.ts'
