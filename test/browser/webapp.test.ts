// The web application in a real browser, walked as a reader would: the list, a filter, a story and
// a citation highlighting exactly its span, search reaching the Geneva story, an entity page, an
// article pasted in and appearing in the list without a reload; planted markup never runs.
// Screenshots land in out/screenshots/ (git-ignored).
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { repoRoot } from '../../src/eval/data.js';
import type { Analysis } from '../../src/types/story.js';
import { HOSTILE, startDesk } from './webapp.fixture.js';

const CHROMIUM = process.env.NEWSFUSE_CHROMIUM ?? '/usr/bin/chromium';
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const SHOTS = join(repoRoot, 'out', 'screenshots');
const GENEVA = 'Ukraine crisis: US and Russia hold emergency talks in Geneva';
const PASTED_TITLE = 'Flooding closes rail line between Lyon and Grenoble';
const PASTED = [
  'Heavy rain flooded the rail line between Lyon and Grenoble on Tuesday, the operator SNCF said, cancelling dozens of trains.',
  'Water covered the tracks near Voiron after the Isère river burst its banks overnight, SNCF spokesman Paul Martin said.',
  '"The line will stay closed until the water has gone down and engineers have inspected the embankments," Martin said.',
  'Buses will replace trains between the two cities until Thursday, the regional council said in a statement.',
].join('\n\n');

const pwned = (page: Page) => page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned);

async function shot(page: Page, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: false });
}

test('the web application, walked in a browser', { timeout: 180_000 }, async (t) => {
  if (!existsSync(CHROMIUM)) {
    t.skip(`skipped: no chromium at ${CHROMIUM} (apt-get install -y chromium, or set NEWSFUSE_CHROMIUM)`);
    return;
  }
  const desk = await startDesk();
  const profile = mkdtempSync(join(tmpdir(), 'newsfuse-chromium-'));
  let browser: BrowserContext | undefined;
  try {
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      viewport: { width: 1200, height: 900 },
    });
    const page = browser.pages()[0] ?? (await browser.newPage());
    const problems: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') problems.push(m.text());
    });
    page.on('response', (r) => {
      if (r.status() >= 400) problems.push(`${r.status()} ${r.url()}`);
    });
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('dialog', (d) => {
      problems.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });
    const offsite: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(desk.url) && !r.url().startsWith('data:')) offsite.push(r.url());
    });

    // 1. The list: both stories, counts, the planted title shown as text.
    await page.goto(`${desk.url}/`);
    await page.locator('.stories .headline', { hasText: GENEVA }).waitFor();
    assert.equal(await page.locator('.stories > li').count(), 2);
    const geneva = page.locator('.stories > li', { hasText: GENEVA });
    assert.match(
      (await geneva.locator('.counts').textContent()) ?? '',
      /5 reports · (\d+ outlets? · )?\d+ independent origins?/,
    );
    assert.ok((await geneva.locator('svg.spark rect').count()) >= 1);
    assert.ok(((await page.locator('.stories').textContent()) ?? '').includes('<img src=x onerror'));
    assert.equal(await page.locator('main img').count(), 0);
    assert.equal(await pwned(page), undefined);
    // j moves to the first story, Enter would open it.
    await page.keyboard.press('j');
    assert.equal(await page.locator('.stories > li.current').count(), 1);
    await shot(page, 'list');

    // 2. Filter by date: only the Geneva reports fall in January 2022.
    await page.fill('input[name=since]', '2022-01-01');
    await page.fill('input[name=until]', '2022-01-31');
    await page.click('.filters button[type=submit]');
    await page.waitForURL(/since=2022-01-01/);
    assert.equal(await page.locator('.stories > li').count(), 1);
    assert.equal(await page.locator('.stories .headline').textContent(), GENEVA);

    // 3. The story: a citation opens its article with exactly the cited span marked.
    await page.click(`.stories .headline`);
    await page.waitForURL(/\/stories\//);
    assert.equal(await page.locator('h1').textContent(), GENEVA);
    const storyId = page.url().split('/stories/')[1]!;
    const briefing = (await (
      await page.request.get(`${desk.url}/api/stories/${storyId}`)
    ).json()) as Analysis;
    const story = briefing.stories[0]!;
    const sentence = story.summary.findIndex((s) => s.citations.length > 0);
    const c = story.summary[sentence]!.citations[0]!;
    const article = briefing.articles.find((a) => a.id === c.article)!;
    await page.locator('#summary ~ p').nth(sentence).locator('[data-cite]').first().click();
    await page.locator('#nf-hl').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#nf-hl').textContent(), article.text.slice(c.start, c.end));
    assert.equal(await page.locator('#viewer-text').textContent(), article.text);
    const timeline = (await page.locator('#timeline + ul').textContent()) ?? '';
    assert.doesNotMatch(timeline, /X{2,}|W\d\d/, 'no raw TIMEX3 in the timeline');
    assert.match(
      (await page.locator('#coverage + p').textContent()) ?? '',
      /5 reports from \d+ independent origins?/,
    );
    assert.ok((await page.locator('.entities a[href^="/entities/"]').count()) >= 3);
    await shot(page, 'story');
    await page.screenshot({ path: join(SHOTS, 'story-full.png'), fullPage: true });
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#viewer').isHidden(), true);
    // On a phone: one column, nothing wider than the screen.
    await page.setViewportSize({ width: 390, height: 844 });
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 390));
    await shot(page, 'story-phone');
    await page.setViewportSize({ width: 1200, height: 900 });
    // Printed: the briefing and the article texts, without the page's controls.
    await page.emulateMedia({ media: 'print' });
    assert.equal(await page.locator('header.top').isVisible(), false);
    assert.equal(await page.locator('.article .text').first().isVisible(), true);
    await shot(page, 'story-print');
    await page.emulateMedia({ media: 'screen' });

    // 4. Search: "/" focuses the box; "Lavrov" finds the entity and the Geneva story.
    await page.keyboard.press('/');
    await page.keyboard.type('Lavrov');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?q=Lavrov/);
    assert.ok((await page.locator('.hits mark').count()) >= 1);
    assert.match((await page.locator('.hits mark').first().textContent()) ?? '', /^Lavrov$/i);
    assert.ok((await page.locator('.found-entities a', { hasText: /Lavrov/ }).count()) >= 1);
    await shot(page, 'search');
    await page.locator('.hits .hit-story a', { hasText: GENEVA }).first().click();
    await page.waitForURL(/\/stories\//);
    assert.equal(await page.locator('h1').textContent(), GENEVA);

    // 5. The entity page: Lavrov's stories and quotes, linking back to the story.
    await page.goBack();
    await page
      .locator('.found-entities a', { hasText: /Lavrov/ })
      .first()
      .click();
    await page.waitForURL(/\/entities\//);
    assert.match((await page.locator('h1').textContent()) ?? '', /Lavrov/);
    assert.equal(await page.locator('.stories .headline', { hasText: GENEVA }).count(), 1);
    await shot(page, 'entity');
    // A quote opens its story with exactly the quoted span marked.
    const entityId = decodeURIComponent(page.url().split('/entities/')[1]!);
    const quote = (
      (await (await page.request.get(`${desk.url}/api/entities/${encodeURIComponent(entityId)}`)).json()) as {
        quotes: { story: string; article: string; start: number; end: number }[];
      }
    ).quotes[0]!;
    const quoteStory = (await (
      await page.request.get(`${desk.url}/api/stories/${quote.story}`)
    ).json()) as Analysis;
    const quotedText = quoteStory.articles
      .find((a) => a.id === quote.article)!
      .text.slice(quote.start, quote.end);
    await page.locator('.quotes a', { hasText: 'in the story' }).first().click();
    await page.locator('#nf-hl').waitFor({ state: 'visible' });
    assert.equal(await page.locator('#nf-hl').textContent(), quotedText);

    // 6. Paste an article: it appears in the list without a reload.
    await page.goto(`${desk.url}/`);
    await page.evaluate(() => {
      (window as unknown as { __sameDocument: boolean }).__sameDocument = true;
    });
    const beforeAdd = new Date().toISOString();
    await page.click('details.add-panel summary');
    await page.fill('#add-text', PASTED);
    await page.fill('#add-title', PASTED_TITLE);
    await page.click('#add-form button[type=submit]');
    await page.locator('#jobs .job.done').waitFor({ timeout: 60_000 });
    await page.locator('.stories .headline', { hasText: /Lyon|Grenoble|rail/i }).waitFor({ timeout: 15_000 });
    assert.equal(
      await page.evaluate(() => (window as unknown as { __sameDocument?: boolean }).__sameDocument),
      true,
    );
    assert.equal(await page.locator('.stories > li').count(), 3);
    await shot(page, 'list-after-add');

    // 6b. Next visit (a new browser session, the last visit kept in localStorage): the pasted story
    // is marked new, and "only new since my last visit" lists it alone.
    await page.evaluate((at) => {
      sessionStorage.clear();
      localStorage.setItem('nf-last-visit', at);
    }, beforeAdd);
    await page.reload();
    const fresh = page.locator('.stories > li', { hasText: PASTED_TITLE });
    assert.equal(await fresh.locator('.new').isVisible(), true);
    assert.equal(await page.locator('.stories > li', { hasText: GENEVA }).locator('.new').isVisible(), false);
    await page.click('#new-only');
    await page.waitForURL(/changedSince=/);
    assert.equal(await page.locator('.stories > li').count(), 1);

    // 7. The planted article: its story page and a citation into it run nothing.
    await page.goto(`${desk.url}/search?q=forged`);
    await page.locator('.hits .hit a').first().click();
    await page.waitForURL(/\/stories\//);
    const cite = page.locator(`[data-cite^="${desk.hostileId}:"]`).first();
    if (await cite.count()) await cite.click();
    else await page.locator(`button.open[data-article="${desk.hostileId}"]`).click();
    await page.locator('#viewer').waitFor({ state: 'visible' });
    assert.ok(((await page.locator('#viewer-text').textContent()) ?? '').includes(HOSTILE));
    assert.equal(await page.locator('main img, #viewer img').count(), 0);
    // The only scripts: our asset, and the articles as an inert JSON data block.
    assert.equal(
      await page.locator('script:not([src="/assets/app.js"]):not([type="application/json"])').count(),
      0,
    );
    assert.equal(await pwned(page), undefined);

    assert.deepEqual(problems, []);
    assert.deepEqual(offsite, []);
    await browser.close();

    // 8. With JavaScript off, the list, a story and its articles still read.
    browser = await chromium.launchPersistentContext(mkdtempSync(join(profile, 'nojs-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      javaScriptEnabled: false,
    });
    const plain = browser.pages()[0] ?? (await browser.newPage());
    await plain.goto(`${desk.url}/`);
    await plain.locator('.stories .headline', { hasText: GENEVA }).click();
    await plain.waitForURL(/\/stories\//);
    const first = plain.locator('#summary ~ p [data-cite]').first();
    const target = (await first.getAttribute('href'))!;
    await first.click();
    assert.ok(plain.url().endsWith(target));
    assert.equal(await plain.locator(`${target.replace(/:/g, '\\:')}`).isVisible(), true);
  } finally {
    await browser?.close();
    await desk.close();
    rmSync(profile, { recursive: true, force: true });
  }
});
