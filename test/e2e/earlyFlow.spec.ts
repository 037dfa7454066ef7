import { expect, test, type Page } from '@playwright/test'
import { KRATOS } from './flows'

// A flow page Kratos opened with ?flow=<id> reads that flow while the HTML is parsed (index.html's
// preload link) and hands the answer to prefetchFlow in main.tsx, whose request the flow hook then
// uses: one read per load, started before the app's modules are even asked for (App.tsx is one of
// main.tsx's imports: Chromium asks for it once main.tsx has arrived and been parsed). Counted in
// Chromium's network log.

/** The page's reads of its flow and its request for App.tsx, in the order Chromium sent them. */
function recordRequests(page: Page, kind: string) {
  const sent: string[] = []
  page.on('request', (request) => {
    const url = request.url()
    if (url.startsWith(`${KRATOS}/self-service/${kind}/flows?id=`)) sent.push(`read ${new URL(url).searchParams.get('id')}`)
    else if (new URL(url).pathname === '/src/App.tsx') sent.push('App.tsx')
  })
  return sent
}

for (const kind of ['login', 'registration', 'recovery', 'verification']) {
  test(`/${kind}?flow=<id>: the flow is read once per load, before the app's modules are asked for`, async ({ page }) => {
    const sent = recordRequests(page, kind)
    await page.goto(`/${kind}`)
    // No flow in the URL: the hook starts one (…/browser) and puts its id in the page URL.
    await page.waitForURL(new RegExp(`/${kind}\\?flow=`))
    const id = new URL(page.url()).searchParams.get('flow')
    await expect(page.locator('form').first()).toBeVisible()
    expect(sent).toEqual(['App.tsx'])

    for (const load of ['reload', 'second reload']) {
      sent.length = 0
      await page.reload()
      await expect(page.locator('form').first()).toBeVisible()
      // Anything late (a second read by the hook) would have been sent by now.
      await page.waitForLoadState('networkidle')
      expect(sent, load).toEqual([`read ${id}`, 'App.tsx'])
    }
  })
}
