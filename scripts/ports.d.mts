/** Whether a server could listen on `port` now (every address, as Kratos binds it). */
export function isPortFree(port: number): Promise<boolean>
/** `count` distinct ports the system just handed out as free. */
export function freePorts(count: number): Promise<number[]>
/** Resolves once every port is free; rejects after `timeoutMs` (default 15 s) saying what holds them. */
export function waitForFreePorts(ports: number[], options?: { timeoutMs?: number; intervalMs?: number }): Promise<void>
/** What holds `port`, in words, for an error message. */
export function portHolder(port: number): string
