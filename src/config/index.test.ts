import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ConfigError, configFromEnv, mergeConfig, resolveConfig } from './index.js';

describe('resolveConfig', () => {
  it('fills every section with defaults', () => {
    const c = resolveConfig();
    assert.equal(c.ingest.maxBytes, 50 * 1024 * 1024);
    assert.equal(c.ingest.allowPrivateNetwork, false);
    for (const section of ['clean', 'analyze', 'dedup', 'cluster', 'brief'] as const)
      assert.equal(typeof c[section], 'object');
  });

  it('layers preset, environment and flags, later winning', () => {
    const c = resolveConfig({
      preset: 'fast',
      env: { NEWSFUSE_INGEST_MAXBYTES: '1000', NEWSFUSE_INGEST_TIMEOUTMS: '7' },
      overrides: { ingest: { timeoutMs: 9 } },
    });
    assert.equal(c.ingest.maxBytes, 1000);
    assert.equal(c.ingest.timeoutMs, 9);
  });

  it('names the field and the problem for a bad value', () => {
    assert.throws(
      () => resolveConfig({ overrides: { ingest: { maxBytes: -1 } } }),
      (e: unknown) => {
        assert.ok(e instanceof ConfigError);
        assert.match((e as Error).message, /^config ingest\.maxBytes: /);
        return true;
      },
    );
  });

  it('refuses an unknown preset and an unreadable file', () => {
    assert.throws(() => resolveConfig({ preset: 'turbo' }), /unknown preset "turbo"/);
    assert.throws(() => resolveConfig({ file: '/nonexistent/newsfuse.json' }), /cannot read config file/);
  });
});

describe('config helpers', () => {
  it('merges deeply without touching its inputs', () => {
    const a = { ingest: { maxBytes: 1, maxDepth: 2 } };
    const merged = mergeConfig(a, { ingest: { maxDepth: 3 } });
    assert.deepEqual(merged, { ingest: { maxBytes: 1, maxDepth: 3 } });
    assert.deepEqual(a, { ingest: { maxBytes: 1, maxDepth: 2 } });
  });

  it('reads booleans and numbers from the environment and ignores unknown names', () => {
    assert.deepEqual(
      configFromEnv({ NEWSFUSE_INGEST_ALLOWPRIVATENETWORK: 'true', NEWSFUSE_NOPE_X: '1', PATH: '/bin' }),
      {
        ingest: { allowPrivateNetwork: true },
      },
    );
  });
});
