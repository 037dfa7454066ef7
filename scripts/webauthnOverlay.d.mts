/** The Kratos config overlay (YAML) for security keys as a second factor, used from `origins`. */
export function webauthnOverlay(origins: string[]): string
