// @clerk/react v6 replaced <SignedIn> with <Show when="signed-in">. ClerkProvider loads clerk-js from
// Clerk's CDN at runtime: that script is not counted here.
export { ClerkProvider, useUser, Show, RedirectToSignIn } from '@clerk/react'
