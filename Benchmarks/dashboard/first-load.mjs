// Benchmarks/run.sh step h: the county dashboard's first load in headless Chromium (Debian's, CHROMIUM_PATH or
// /usr/bin/chromium), in a fresh browser context (empty cache), at 1280×800.
//
//   node Benchmarks/dashboard/first-load.mjs BASE AREA YEAR [RUNS]
//
// Interactive: the page's own mark `dashboard-ready`, which dashboard.js sets once every panel has drawn — the
// completeness numbers and lists, the review states, the charts (ECharts on their canvases), the quality worklist and
// the three tables — measured from the navigation's start (the mark's startTime), and checked here: the numbers are
// in the page and every chart has its canvas. Bytes: what crossed the network for the whole first load, headers
// included, compressed as sent (Chrome's encodedDataLength), until the network is idle. Prints one line per run and
// the median: DASHBOARD interactive_ms=… bytes=… requests=… charts=…
import { chromium } from 'playwright-core';

const [base, area, year, runsText = '5'] = process.argv.slice(2);
if (!base || !area || !year) {
  console.error('usage: node first-load.mjs BASE AREA YEAR [RUNS]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true });
const results = [];
try {
  for (let run = 0; run < Number(runsText); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', event => { bytes += event.encodedDataLength; requests++; });
    await page.goto(`${base}/?area=${area}&year=${year}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    if (await page.getAttribute('body', 'data-ready') !== 'true') throw new Error('the dashboard reported an error');
    const ms = await page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0].startTime);
    const charts = await page.locator('.chart canvas').count();
    const expected = await page.locator('[data-stat=expected]').innerText();
    if (charts < 3 || !/\d/.test(expected)) throw new Error(`not drawn: ${charts} charts, expected "${expected}"`);
    await page.waitForLoadState('networkidle');
    results.push({ ms: Math.round(ms), bytes, requests, charts });
    console.log(`run ${run + 1}: interactive ${Math.round(ms)} ms, ${bytes} bytes in ${requests} requests, ${charts} charts`);
    await context.close();
  }
} finally {
  await browser.close();
}
const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`DASHBOARD interactive_ms=${median(results.map(r => r.ms))} bytes=${median(results.map(r => r.bytes))} ` +
  `requests=${results[0].requests} charts=${results[0].charts} runs=${results.length}`);
