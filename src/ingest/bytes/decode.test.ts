import assert from 'node:assert/strict';
import { test } from 'node:test';
import iconv from 'iconv-lite';
import { decodeBytes } from './decode.js';

const cp1252 = (s: string) => iconv.encode(s, 'windows-1252');

test('1. a byte order mark decides', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Ça va', 'utf16le')]);
  assert.deepEqual(decodeBytes(le), { text: 'Ça va', encoding: 'utf-16le', from: 'bom' });
  const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Ça va')]);
  assert.deepEqual(decodeBytes(utf8), { text: 'Ça va', encoding: 'utf-8', from: 'bom' });
});

test('2–3. HTTP charset, XML declaration and <meta charset> are obeyed', () => {
  const bytes = cp1252('“Ça” – 5 €');
  assert.equal(decodeBytes(bytes, { contentType: 'text/html; charset=ISO-8859-1' }).text, '“Ça” – 5 €');
  const xml = Buffer.concat([
    Buffer.from('<?xml version="1.0" encoding="windows-1251"?><t>'),
    iconv.encode('Москва', 'win1251'),
  ]);
  assert.match(decodeBytes(xml, { markup: 'xml' }).text, /<t>Москва$/);
  const html = Buffer.concat([
    Buffer.from('<html><head><meta http-equiv="Content-Type" content="text/html; charset=koi8-r">'),
    iconv.encode('Новости', 'koi8-r'),
  ]);
  const decoded = decodeBytes(html, { markup: 'html' });
  assert.equal(decoded.from, 'meta');
  assert.match(decoded.text, /Новости$/);
});

test('a single-byte declaration over valid UTF-8 is overridden', () => {
  const bytes = Buffer.from('<meta charset="iso-8859-1"><p>Café “crème” – déjà vu</p>');
  const decoded = decodeBytes(bytes, { markup: 'html' });
  assert.equal(decoded.encoding, 'utf-8');
  assert.match(decoded.text, /Café “crème” – déjà vu/);
  // Declared single-byte text that is not UTF-8 keeps its declaration.
  const latin = Buffer.concat([Buffer.from('<meta charset="iso-8859-1"><p>'), cp1252('Café crème')]);
  assert.deepEqual(
    [decodeBytes(latin, { markup: 'html' }).from, decodeBytes(latin, { markup: 'html' }).encoding],
    ['meta', 'windows-1252'],
  );
});

test('a UTF-8 declaration the bytes contradict is ignored', () => {
  const bytes = Buffer.concat([
    Buffer.from('<meta charset="utf-8"><p>'),
    cp1252('Café “crème” – déjà vu, naïve façade'),
  ]);
  const decoded = decodeBytes(bytes, { markup: 'html' });
  assert.notEqual(decoded.from, 'meta');
  assert.match(decoded.text, /Café “crème” – déjà vu, naïve façade$/);
});

test('4–5. valid UTF-8 is taken as is; a few broken bytes become U+FFFD', () => {
  assert.equal(decodeBytes(Buffer.from('Smørrebrød 🥪')).from, 'utf-8');
  const broken = Buffer.concat([
    Buffer.from('Smørrebrød og æbleskiver '),
    Buffer.from([0xff]),
    Buffer.from(' på Nørrebro'),
  ]);
  assert.deepEqual(decodeBytes(broken), {
    text: 'Smørrebrød og æbleskiver \uFFFD på Nørrebro',
    encoding: 'utf-8',
    from: 'utf-8-repaired',
  });
});

test('6. undeclared single-byte text is sniffed', () => {
  const russian = iconv.encode(
    'Министр иностранных дел заявил в пятницу, что переговоры продолжатся на следующей неделе в Женеве.',
    'win1251',
  );
  const decoded = decodeBytes(russian);
  assert.equal(decoded.from, 'sniffed');
  assert.match(decoded.text, /переговоры продолжатся/);
});
