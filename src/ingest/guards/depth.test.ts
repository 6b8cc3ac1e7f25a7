import assert from 'node:assert/strict';
import { test } from 'node:test';
import { jsonDepth, markupDepth } from './depth.js';
import { entityDeclarations } from './entities.js';

test('HTML depth follows void elements, optional end tags, comments and raw text', () => {
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><script>if (a < b) document.write("<div><div><div>")</script></head>
    <body><!-- <div><div> --><ul><li>one<li>two<li>three</ul><p>a<p>b<p>c<br><img src="x.png"><div><span>x</span></div></body></html>`;
  // html > body > p > div > span: a div does close an open p in HTML; counting one high is safe.
  assert.equal(markupDepth(page, 'html'), 5);
  assert.equal(markupDepth('<div a=">"><div title=\'<div>\'></div></div>', 'html'), 2);
});

test('deep nesting is counted in full, in linear time', () => {
  const deep = `${'<div>'.repeat(50_000)}x${'</div>'.repeat(50_000)}`;
  const started = performance.now();
  assert.equal(markupDepth(deep, 'html'), 50_000);
  assert.equal(markupDepth(`<a>${'<b/>'.repeat(1000)}<c><d></d></c></a>`, 'xml'), 3);
  // Unclosed quotes and tags cannot make the scan quadratic.
  assert.equal(markupDepth('<a title="'.repeat(20_000), 'html'), 1);
  assert.equal(markupDepth(`${'<a<b'.repeat(100_000)}>`, 'html'), 1);
  assert.ok(performance.now() - started < 2000);
});

test('JSON depth ignores brackets inside strings', () => {
  assert.equal(jsonDepth('{"a": "[[[{{{", "b": [1, {"c": [2]}], "d": "\\"["}'), 4);
  assert.equal(jsonDepth('[]'), 1);
  assert.equal(jsonDepth('"plain"'), 0);
});

test('entity declarations are found only inside a DOCTYPE', () => {
  assert.equal(
    entityDeclarations('<!DOCTYPE x [<!ENTITY a "b"><!ENTITY c SYSTEM "file:///etc/passwd">]><x>&a;</x>'),
    2,
  );
  assert.equal(entityDeclarations('<rss><description>&lt;!ENTITY is text here</description></rss>'), 0);
  assert.equal(entityDeclarations('<!DOCTYPE html><p>no subset</p>'), 0);
});
