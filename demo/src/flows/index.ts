// Placeholder until the flow pages (login, registration, settings, error) land.
export const flowPages: Record<string, () => React.JSX.Element> = {}
