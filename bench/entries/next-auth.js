// next-auth v4's client: provider + hook. It has no guard component: `useSession({ required: true })` is the guard.
export { SessionProvider, useSession } from 'next-auth/react'
