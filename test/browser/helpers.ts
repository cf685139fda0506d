// Shared pieces of the browser tests: the app on a real port, one headless Chromium per test file,
// pages that never reach the internet, and an axe-core accessibility check (WCAG 2.1 A/AA).
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core';
import { startTestApp, type TestApp } from '../helpers/app.js';

const require = createRequire(import.meta.url);
const axePath = require.resolve('axe-core/axe.min.js');

export const LANGUAGES = ['de', 'da', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A hanging browser step fails its test instead of blocking the run. */
export const TEST_TIMEOUT = 90_000;

/** Debian's Chromium by default; CHROMIUM_PATH points elsewhere (e.g. on macOS). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export interface BrowserApp {
  testApp: TestApp;
  /** http://127.0.0.1:PORT, without a trailing slash. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The app with the demo data on a free port of 127.0.0.1. */
export async function startBrowserApp(): Promise<BrowserApp> {
  const testApp = await startTestApp('demo');
  await testApp.app.listen({ port: 0, host: '127.0.0.1' });
  const address = testApp.app.server.address() as AddressInfo | null;
  assert.ok(address && typeof address === 'object', 'the app listens on a TCP port');
  return { testApp, baseUrl: `http://127.0.0.1:${address.port}`, close: () => testApp.close() };
}

export function launchBrowser(): Promise<Browser> {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`No Chromium at ${CHROMIUM_PATH}. Install it (Debian: apt-get install chromium) or set CHROMIUM_PATH.`);
  }
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}

/**
 * The app and a browser for one test file, started before its tests and closed after them.
 * `newContext(options)` opens a browser context against the app.
 */
export function useBrowserApp(setup?: (testApp: TestApp) => Promise<void>) {
  let server: BrowserApp | undefined;
  let browser: Browser | undefined;
  before(async () => {
    server = await startBrowserApp();
    await setup?.(server.testApp);
    browser = await launchBrowser();
  });
  after(async () => {
    await browser?.close();
    await server?.close();
  });
  return {
    newContext: (options: BrowserContextOptions = {}) => newContext(browser!, server!.baseUrl, options),
  };
}

/** Aborts every request that is not for the app itself (map tiles, anything else outside), and records it. */
export async function blockExternalRequests(target: Page | BrowserContext, blocked: string[] = []): Promise<string[]> {
  await target.route('**/*', (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === '127.0.0.1') return route.continue();
    blocked.push(url.href);
    return route.abort('blockedbyclient');
  });
  return blocked;
}

/**
 * A new isolated context whose pages resolve relative URLs against the app and never reach the
 * internet. `bypassCSP` lets the tests inject axe-core, which the pages' strict Content-Security-Policy
 * (script-src 'self', no inline scripts) would otherwise refuse.
 */
export async function newContext(browser: Browser, baseUrl: string, options: BrowserContextOptions = {}): Promise<BrowserContext> {
  const context = await browser.newContext({ baseURL: baseUrl, bypassCSP: true, ...options });
  await blockExternalRequests(context);
  // Once per context, not once per page: every page of it starts with axe-core loaded. Without JavaScript
  // an init script would stall the page; axe then audits a scripted copy (runAxeOnCopy).
  if (options.javaScriptEnabled !== false) await context.addInitScript({ path: axePath });
  return context;
}

interface AxeNode {
  target: unknown[];
  html: string;
}
interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: AxeNode[];
}

const MAX_NODES_SHOWN = 5;

export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, MAX_NODES_SHOWN)
        .map(
          (n) =>
            `    - ${n.target.map((t) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' | ')}\n      ${n.html.replace(/\s+/g, ' ').slice(0, 300)}`,
        )
        .join('\n');
      const more = v.nodes.length > MAX_NODES_SHOWN ? `\n    … and ${v.nodes.length - MAX_NODES_SHOWN} more` : '';
      return `  [${v.impact ?? 'n/a'}] ${v.id}: ${v.help} (${v.helpUrl})\n${nodes}${more}`;
    })
    .join('\n');
}

type AxeWindow = { axe?: { run(ctx: unknown, opts: unknown): Promise<{ violations: AxeViolation[] }> } };

const axeLoaded = (page: Page) => page.evaluate(() => typeof (window as unknown as AxeWindow).axe === 'object');

/** Makes sure axe-core is in a page that runs scripts (pages of newContext() have it already); false when the page has JavaScript disabled. */
async function injectAxe(page: Page): Promise<boolean> {
  if (await axeLoaded(page)) return true;
  await page.addScriptTag({ path: axePath });
  return axeLoaded(page);
}

async function runAxe(page: Page): Promise<AxeViolation[]> {
  return page.evaluate(async () => {
    const result = await (window as unknown as AxeWindow).axe!.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html })),
    }));
  });
}

/** One scratch page per browser for those audits: a new context and page each time took a second. */
const scratchPages = new WeakMap<Browser, Promise<Page>>();

function scratchPage(browser: Browser): Promise<Page> {
  let page = scratchPages.get(browser);
  if (!page) {
    // Nothing outside this machine: every other host goes to a proxy that is not there. (Routing would
    // block it too, but switches off the browser's cache.)
    const offline = { server: 'http://127.0.0.1:9', bypass: '127.0.0.1,localhost' };
    page = browser.newContext({ bypassCSP: true, proxy: offline }).then((context) => context.newPage());
    scratchPages.set(browser, page);
  }
  return page;
}

const attribute = (value: string) => value.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

/**
 * With JavaScript disabled axe cannot run in the page itself (its timers never fire). The document as
 * the visitor got it is then audited in a scratch page that runs scripts: same origin and viewport, same
 * styles and fonts from the app (read relative to the page's own address), the page's own scripts left out, so that what
 * axe sees is exactly the no-JavaScript rendering. Not routed: routing would switch off the browser's
 * cache, and every audit would load the styles and fonts anew.
 */
async function runAxeOnCopy(page: Page): Promise<AxeViolation[]> {
  const browser = page.context().browser();
  assert.ok(browser, 'the page belongs to a launched browser');
  const target = new URL(page.url());
  target.hash = '';
  const html = (await page.content())
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/gi, '')
    .replace(/<head\b([^>]*)>/i, `<head$1><base href="${attribute(target.href)}">`);
  const copy = await scratchPage(browser);
  const viewport = page.viewportSize();
  if (viewport) await copy.setViewportSize(viewport);
  // The copy must come from the page's own origin, or its fonts are refused as another origin's: the
  // scratch page opens the app's /healthz there (no script), and setContent keeps that origin.
  if (new URL(copy.url()).origin !== target.origin) await copy.goto(new URL('/healthz', target).href);
  await copy.setContent(html, { waitUntil: 'load' });
  assert.ok(await injectAxe(copy), 'axe-core loads in the scratch page');
  return runAxe(copy);
}

/**
 * Runs axe-core (injected with a script tag) on the current document against WCAG 2.0/2.1 A and AA
 * and fails with a readable list of the violations.
 */
export async function checkA11y(page: Page, label = page.url()): Promise<void> {
  const violations = (await injectAxe(page)) ? await runAxe(page) : await runAxeOnCopy(page);
  if (violations.length > 0) {
    assert.fail(`axe found ${violations.length} accessibility violation(s) on ${label}:\n${formatViolations(violations)}`);
  }
}

/** The text of an element with white space collapsed (non-breaking spaces included). */
export async function textOf(page: Page, selector: string): Promise<string> {
  const text = await page.locator(selector).first().textContent();
  return (text ?? '').replace(/\s+/g, ' ').trim();
}

/** Opens a back-office page, signs in on the page it redirects to, and waits until it is back there. */
export async function openAsStaff(page: Page, path: string, email: string, password: string): Promise<void> {
  await page.goto(path);
  await page.getByLabel('E-Mail-Adresse').fill(email);
  await page.getByLabel('Passwort').fill(password);
  await page.getByRole('button', { name: 'Anmelden' }).click();
  await page.waitForURL(`**${path}`);
}
