// This SDK's whole public API.
export * from '../../src/index.ts'
