import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { tempDir } from '../ingest/testing.js';
import { STAGE_DEFAULTS } from './defaults.js';
import { ConfigError, resolveConfig } from './index.js';
import { asksOnlyForDefaults, defaultSettings, loadConfig } from './load.js';

describe('the defaults as plain values', () => {
  it('are what the schemas give (else run: node --import tsx scripts/config-defaults.ts)', () => {
    assert.deepEqual(defaultSettings(), resolveConfig());
    const { runtime: _runtime, ...sections } = resolveConfig();
    assert.deepEqual(STAGE_DEFAULTS, sections);
  });

  it('are a fresh copy each time', () => {
    const a = defaultSettings();
    a.brief.maxFacts = 1;
    assert.equal(defaultSettings().brief.maxFacts, STAGE_DEFAULTS.brief.maxFacts);
  });
});

describe('loadConfig', () => {
  it('skips the schemas only when nothing but the defaults is asked for', () => {
    assert.ok(asksOnlyForDefaults({}));
    assert.ok(
      asksOnlyForDefaults({ preset: 'default', overrides: { ingest: {} }, env: { NEWSFUSE_SHARED: '/x' } }),
    );
    assert.ok(asksOnlyForDefaults({ env: { NEWSFUSE_TEST_LOADED: '/x' } }), 'not a section');
    assert.ok(!asksOnlyForDefaults({ preset: 'fast' }));
    assert.ok(!asksOnlyForDefaults({ preset: 'turbo' }));
    assert.ok(!asksOnlyForDefaults({ file: 'newsfuse.json' }));
    assert.ok(!asksOnlyForDefaults({ overrides: { runtime: { workers: 1 } } }));
    assert.ok(!asksOnlyForDefaults({ env: { NEWSFUSE_STORE_CACHEKIB: '64' } }));
  });

  it('resolves and validates everything else as resolveConfig does', async () => {
    const file = join(tempDir('load-config'), 'newsfuse.json');
    writeFileSync(file, JSON.stringify({ store: { busyTimeoutMs: 5 } }));
    const opts = { file, preset: 'fast', env: { NEWSFUSE_INGEST_MAXBYTES: '1000' } };
    assert.deepEqual(await loadConfig(opts), resolveConfig(opts));
    assert.equal((await loadConfig(opts)).store.busyTimeoutMs, 5);
    await assert.rejects(loadConfig({ overrides: { ingest: { maxBytes: -1 } } }), ConfigError);
    await assert.rejects(loadConfig({ env: { NEWSFUSE_STORE_CACHEKIB: '-5' } }), /config store\.cacheKib/);
    await assert.rejects(loadConfig({ preset: 'turbo' }), /unknown preset "turbo"/);
  });
});
