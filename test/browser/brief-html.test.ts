// The HTML briefing in a real browser: it renders, a citation opens its article with the cited span
// marked, and markup planted in a source article (a <script>, an <img onerror>) never runs.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { chromium } from 'playwright-core';
import { genevaFixture, withParagraph } from '../../src/brief/fixtures/geneva.js';
import { brief, render, verifyAnalysis } from '../../src/brief/index.js';
import { defaultConfig } from '../../src/config/index.js';
import { repoRoot } from '../../src/eval/data.js';
import type { Analysis } from '../../src/types/story.js';

const CHROMIUM = process.env.NEWSFUSE_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
const HOSTILE =
  'Officials said <script>window.__pwned = "script"</script> and <img src=x onerror="window.__pwned = \'img\'"> were found.';

function hostileAnalysis(): { analysis: Analysis; hostileStart: number } {
  const f = genevaFixture();
  const articles = f.articles.map((a, i) =>
    i === 1 ? { ...withParagraph(a, HOSTILE), title: '<b onmouseover="x()">T</b>' } : a,
  );
  const ctx = {
    config: defaultConfig(),
    now: new Date('2026-01-01T00:00:00Z'),
    reporter: { skipped() {}, progress() {}, warn() {} },
  };
  const story = brief({ group: f.group, articles, entities: f.entities, reuse: f.reuse }, ctx);
  const target = articles[1]!;
  const hostileStart = target.text.indexOf(HOSTILE);
  // Put the planted markup where a reader sees it first: in the summary, cited like any sentence.
  const planted = {
    text: HOSTILE,
    citations: [{ article: target.id, start: hostileStart, end: hostileStart + HOSTILE.length }],
  };
  const analysis: Analysis = {
    schema: 'newsfuse/analysis@1',
    articles,
    stories: [{ ...story, summary: [planted, ...story.summary] }],
    relations: [],
  };
  return { analysis, hostileStart };
}

test('html briefing renders, highlights cited spans and runs no source markup', async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set NEWSFUSE_CHROMIUM)`);
    return;
  }
  const { analysis } = hostileAnalysis();
  assert.equal(verifyAnalysis(analysis).ok, true);
  const html = render(analysis, 'html');
  const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const requests: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith('data:') && r.url() !== 'about:blank') requests.push(r.url());
    });
    await page.setContent(html, { waitUntil: 'load' });

    // 1. It renders: the headline, the sections and a marker per summary sentence.
    assert.equal(await page.locator('h1').first().textContent(), analysis.stories[0]!.headline);
    for (const h of ['Summary', 'Events', 'Timeline', 'Quotes', 'Facts', 'Conflicts', 'Sources'])
      assert.equal(await page.locator('h2', { hasText: h }).count(), 1, `section ${h}`);
    assert.ok((await page.locator('.conflict').count()) >= 1);

    // 2. Planted markup is shown as text and never runs; nothing is fetched.
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await page.locator('main script').count(), 0);
    assert.equal(await page.locator('main b').count(), 0);
    assert.ok(((await page.locator('.summary p').first().textContent()) ?? '').includes('<script>'));
    assert.deepEqual(dialogs, []);
    assert.deepEqual(requests, []);

    // 3. A citation opens its article with exactly the cited span marked.
    const second = analysis.stories[0]!.summary[1]!;
    const cite = page.locator('.summary p').nth(1).locator('[data-cite]').first();
    await cite.click();
    await page.locator('#nf-hl').waitFor({ state: 'visible' });
    const c = second.citations[0]!;
    const article = analysis.articles.find((a) => a.id === c.article)!;
    assert.equal(await page.locator('#nf-hl').textContent(), article.text.slice(c.start, c.end));
    assert.equal(await page.locator('#viewer-text').textContent(), article.text);

    // 4. The planted sentence's citation opens it as text too, and still nothing runs.
    await page.locator('.summary p').first().locator('[data-cite]').first().click();
    assert.equal(await page.locator('#nf-hl').textContent(), HOSTILE);
    assert.equal(await page.locator('#viewer img').count(), 0);
    assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned), undefined);

    const out = join(repoRoot, 'tmp');
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'briefing.html'), html);
    await page.screenshot({ path: join(out, 'briefing.png'), fullPage: false });
  } finally {
    await browser.close();
  }
});
