// The accessibility check every browser test relies on must find what it is there to find: with
// JavaScript on in the page itself, and with JavaScript off in a copy that has the page's styles but
// none of its scripts. A page served here has a picture without text and text too faint to read; its
// script would give the picture a text, but only where scripts run.
import assert from 'node:assert/strict';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, describe, test } from 'node:test';
import type { Browser } from 'playwright-core';
import { checkA11y, launchBrowser, newContext, TEST_TIMEOUT } from './helpers.js';

const files: Record<string, [string, string]> = {
  '/page': [
    'text/html; charset=utf-8',
    '<!doctype html><html lang="de"><head><title>Prüfseite</title><link rel="stylesheet" href="/style.css"></head>' +
      '<body><main><h1>Prüfseite</h1><img src="/picture.png"><p class="faint">Kaum zu lesen</p></main>' +
      '<script src="/fix.js"></script></body></html>',
  ],
  '/style.css': ['text/css', '.faint { color: #eeeeee; background: #ffffff; }'],
  '/fix.js': ['text/javascript', 'document.querySelector("img").alt = "Ein Bild";'],
  // As the app answers it: the audit's scratch page opens it to take the page's origin.
  '/healthz': ['text/plain', 'ok'],
};

let server: http.Server;
let base: string;
let browser: Browser;
before(async () => {
  server = http.createServer((req, res) => {
    const file = files[req.url ?? ''];
    res.writeHead(file ? 200 : 404, { 'content-type': file?.[0] ?? 'text/plain' }).end(file?.[1] ?? '');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
});
after(async () => {
  await browser.close();
  server.close();
});

async function violationsOf(javaScriptEnabled: boolean): Promise<string> {
  const context = await newContext(browser, base, { javaScriptEnabled });
  try {
    const page = await context.newPage();
    await page.goto('/page');
    const failure = await checkA11y(page).then(
      () => null,
      (err: Error) => err,
    );
    assert.ok(failure, 'the check fails');
    return failure.message;
  } finally {
    await context.close();
  }
}

describe('the accessibility check', () => {
  test(
    'with JavaScript off, it finds the faint text (the styles apply) and the picture without text (the script never ran)',
    { timeout: TEST_TIMEOUT },
    async () => {
      const found = await violationsOf(false);
      assert.match(found, /color-contrast/);
      assert.match(found, /image-alt/);
    },
  );

  test('with JavaScript on, it finds the faint text, and not the picture the script gave a text', { timeout: TEST_TIMEOUT }, async () => {
    const found = await violationsOf(true);
    assert.match(found, /color-contrast/);
    assert.doesNotMatch(found, /image-alt/);
  });
});
