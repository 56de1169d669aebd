// Benchmarks/run.sh step h: the county dashboard's first load in headless Chromium (Debian's, CHROMIUM_PATH or
// /usr/bin/chromium), in a fresh browser context (empty cache), at 1280×800.
//
//   node Benchmarks/dashboard/first-load.mjs BASE AREA YEAR [RUNS]
//
// Interactive: the page's own mark `dashboard-ready`, which dashboard.js sets once every panel has drawn — the
// completeness numbers and lists, the review states, the charts (ECharts on their canvases), the quality worklist and
// the three tables — measured from the navigation's start (the mark's startTime), and checked here: the numbers are
// in the page and every chart has its canvas. Bytes: what crossed the network for the whole first load, headers
// included, compressed as sent (Chrome's encodedDataLength), until the network is idle.
//
// A person opens the dashboard in a browser that is already open. A fresh context is a new window, and Chromium starts
// that window's own pages as it opens (it preloads the address bar's popup, a WebUI page of its own: about 1.2
// CPU-seconds in our traces). On a machine with two cores, that work would be timed as the dashboard's, so each
// navigation waits until the machine is idle. Each run also loads the page once the other way — navigating while the
// new window is still starting — and prints it as new_window_ms, for comparison with earlier figures.
//
// Prints one line per run and the medians: DASHBOARD interactive_ms=… new_window_ms=… bytes=… requests=… charts=…
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [base, area, year, runsText = '5'] = process.argv.slice(2);
if (!base || !area || !year) {
  console.error('usage: node first-load.mjs BASE AREA YEAR [RUNS]');
  process.exit(2);
}
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium', headless: true });
const results = [];
const newWindow = [];
try {
  for (let run = 0; run < Number(runsText); run++) {
    const idle = await firstLoad({ afterIdle: true });
    const busy = await firstLoad({ afterIdle: false });
    results.push(idle);
    newWindow.push(busy.ms);
    console.log(`run ${run + 1}: interactive ${idle.ms} ms (${busy.ms} ms while the window starts), ` +
      `${idle.bytes} bytes in ${idle.requests} requests, ${idle.charts} charts`);
  }
} finally {
  await browser.close();
}
const median = values => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
console.log(`DASHBOARD interactive_ms=${median(results.map(r => r.ms))} new_window_ms=${median(newWindow)} ` +
  `bytes=${median(results.map(r => r.bytes))} requests=${results[0].requests} charts=${results[0].charts} runs=${results.length}`);

async function firstLoad({ afterIdle }) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    let bytes = 0;
    let requests = 0;
    cdp.on('Network.loadingFinished', event => { bytes += event.encodedDataLength; requests++; });
    if (afterIdle) await machineIdle();
    await page.goto(`${base}/?area=${area}&year=${year}`);
    await page.waitForSelector('body[data-ready]', { timeout: 60_000 });
    if (await page.getAttribute('body', 'data-ready') !== 'true') throw new Error('the dashboard reported an error');
    const ms = await page.evaluate(() => performance.getEntriesByName('dashboard-ready')[0].startTime);
    const charts = await page.locator('.chart canvas').count();
    const expected = await page.locator('[data-stat=expected]').innerText();
    if (charts < 3 || !/\d/.test(expected)) throw new Error(`not drawn: ${charts} charts, expected "${expected}"`);
    await page.waitForLoadState('networkidle');
    return { ms: Math.round(ms), bytes, requests, charts };
  } finally {
    await context.close();
  }
}

/** Resolves once the whole machine has been under 10% busy for 250 ms (Linux's /proc/stat), or after 10 s. */
async function machineIdle() {
  const deadline = Date.now() + 10_000;
  let before = cpuTimes();
  while (Date.now() < deadline) {
    await new Promise(resolve => setTimeout(resolve, 250));
    const now = cpuTimes();
    const busy = (now.busy - before.busy) / Math.max(1, now.total - before.total);
    if (busy < 0.1) return;
    before = now;
  }
  console.error('first-load.mjs: the machine did not become idle within 10 s; navigating anyway');
}

function cpuTimes() {
  // cpu  user nice system idle iowait irq softirq steal …
  const [, ...fields] = readFileSync('/proc/stat', 'utf8').split('\n', 1)[0].trim().split(/\s+/);
  const values = fields.slice(0, 8).map(Number);
  const total = values.reduce((sum, value) => sum + value, 0);
  return { total, busy: total - values[3] - values[4] };
}
