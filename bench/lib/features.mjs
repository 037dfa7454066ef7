// What each feature on the minimal path (SessionProvider + useSession + RequireAuth) costs: the
// minimal entry is bundled once without the feature (source edits applied while bundling, see
// measure()) and the difference is reported. Keeps docs/performance.md's "what would bring it
// under" measured, not guessed. An edit that no longer matches the source shows as "not measured".

/** [feature, what users get from it, edits] */
export const FEATURES = [
  ['cross-tab sync', 'other tabs follow sign-in/out at once; one whoami serves every tab', [
    ['src/session/SessionProvider.tsx', 'const stopTabSync = shareWithTabs ? startTabSync(', 'const stopTabSync = false ? startTabSync('],
  ]],
  ['expiry timer', 'signed out at expires_at without a request', [
    ['src/session/SessionProvider.tsx', '  const expiresAt = useQuery({ ...value.sessionQuery, select: expiryOf }, client).data\n', ''],
    ['src/session/SessionProvider.tsx', '  useEffect(() => {\n    if (expiresAt === undefined) return undefined\n    return startExpiryTimer(client, queryKey, expiresAt, events)\n  }, [client, queryKey, expiresAt, events])\n', ''],
  ]],
  ['whoami answer validation', 'a proxy\'s HTML or a non-session 200 is an error, not a session', [
    ['src/session/interpretWhoami.ts', 'const problem = whyNotASession(json)', 'const problem = undefined as string | undefined'],
  ]],
  ['retry and outage policy', 'only transient failures retried; Retry-After; 11 requests in a 5-minute outage', [
    ['src/session/sessionQueryOptions.ts', 'retry: (failureCount, error) => shouldRetry(failureCount, error, config.retry ?? DEFAULT_RETRIES),', ''],
    ['src/session/sessionQueryOptions.ts', 'retryDelay,', ''],
    ['src/session/sessionQueryOptions.ts', 'refetchInterval: (query) => outagePollInterval(query.state.errorUpdateCount, query.state.error),', ''],
    ['src/session/sessionQueryOptions.ts', 'if (recovering) markAsRecoveryPoll(error)', ''],
  ]],
  ['first-load error that shows early and stays', 'a hung Kratos shows "Try again" after 10 s, not 47 s, and never flips back to loading', [
    ['src/session/useSession.ts', 'data === undefined ? shownError(result, queryClient, sessionQuery.queryKey) : select ? null : result.error', 'select && data !== undefined ? null : result.error'],
  ]],
  ['maxAge (refresh=true, per-factor freshness)', '<RequireAuth maxAge> re-authenticates old sessions', [
    ['src/guards/decideAccess.ts', 'if (requirement.maxAge !== undefined &&', 'if (false as boolean &&'],
  ]],
  ['returnTo check', 'no open redirect through returnTo', [
    ['src/guards/RequireAuth.tsx', 'returnTo: resolveReturnTo(returnTo, window.location.href) })', 'returnTo: returnTo ?? window.location.href })'],
    ['src/guards/RequireAuth.tsx', "url.searchParams.set('return_to', resolveReturnTo(returnTo, window.location.href))", "url.searchParams.set('return_to', returnTo ?? window.location.href)"],
  ]],
  ['redirect-loop stop', 'a misconfigured cookie shows an error instead of bouncing forever', [
    ['src/guards/RequireAuth.tsx', "setBlocked(outcome === 'loop' ? loopError(decision.reason, url) : null)", 'setBlocked(null)'],
    ['src/session/redirectController.ts', 'const last = read()', 'const last = undefined as LastRedirect | undefined'],
  ]],
  ['default error UI', 'a "Try again" box when Kratos cannot be asked', [
    ['src/guards/RequireAuth.tsx', 'errorFallback = GuardError,', 'errorFallback = () => null,'],
  ]],
  ['FrontendApi transport', 'an app\'s own @ory/client FrontendApi (interceptors, headers)', [
    ['src/kratos/callKratos.ts', 'if (endpoint.client) {', 'if (false as boolean) {'],
  ]],
  ['back/forward cache refresh', 'a restored page asks whoami again', [
    ['src/session/SessionProvider.tsx', "window.addEventListener?.('pageshow', onPageShow)", ''],
    ['src/session/SessionProvider.tsx', "window.removeEventListener?.('pageshow', onPageShow)", ''],
  ]],
  ['second-factor check before a step-up', '<RequireAuth aal="aal2"> shows "set up a second factor" instead of Kratos\'s empty second-factor step', [
    ['src/guards/RequireAuth.tsx', 'const { decision, retry: retryCheck } = useSecondFactorGate(context, access, state.session?.id)', 'const { decision, retry: retryCheck } = { decision: access as any, retry: () => {} }'],
    ['src/guards/RequireAuth.tsx', 'return secondFactorFallback ?? <SecondFactorMissing href={settingsUrl ?? kratosSettingsUrl(baseUrl, returnTo)} />', 'return null'],
  ]],
  ['useSession({ select })', 'components re-render only for what they read', [
    ['src/session/useSession.ts', 'const select = options?.select', 'const select = undefined as undefined | ((s: SessionState) => Selected)'],
  ]],
]

/** Every feature above removed at once: the size of the bare provider + hook + guard. */
export const ALL_FEATURES_EDITS = FEATURES.flatMap(([, , edits]) => edits)
