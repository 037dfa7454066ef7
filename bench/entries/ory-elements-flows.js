// Ory Elements' self-service flow components (login, registration, settings) with its default theme:
// what an SPA imports to get the three flow pages that ory-session-react/flows gives headless.
export { Login, Registration, Settings } from '@ory/elements-react/theme'
