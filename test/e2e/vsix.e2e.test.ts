// The packaged .vsix (what users install and what the other e2e suites run) holds only the
// run-time files .vscodeignore lets through: no sources, tests, node_modules or caches.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, it } from 'node:test';
import { resolveVsix } from './harness/index.js';

/** File names in a zip, from its central directory (no unzip tool needed). */
function zipEntries(buf: Buffer): string[] {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  assert.ok(eocd >= 0, 'the .vsix is a zip file');
  const count = buf.readUInt16LE(eocd + 10);
  let p = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    assert.equal(buf.readUInt32LE(p), 0x02014b50, 'central directory entry');
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    names.push(buf.toString('utf8', p + 46, p + 46 + nameLen));
    p += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

// vsce stores README.md as readme.md (and may do the same to LICENSE/CHANGELOG): any case.
const SHIPPED = /^(dist|syntaxes|snippets|media|schemas|docs)\/|^(package\.json|language-configuration\.json)$|^(readme\.md|license(\.\w+)?|changelog\.md)$/i;

describe('the packaged extension', () => {
  it('contains the bundled extension and nothing outside the shipped folders', () => {
    const vsix = resolveVsix();
    const files = zipEntries(readFileSync(vsix))
      .filter((n) => n.startsWith('extension/'))
      .map((n) => n.slice('extension/'.length));
    assert.ok(files.includes('package.json'));
    assert.ok(files.includes('dist/extension.js'), `dist/extension.js is packaged; got ${files.join(', ')}`);
    const stray = files.filter((f) => !SHIPPED.test(f));
    assert.deepEqual(stray, [], `files outside the shipped set: ${stray.join(', ')}`);
  });
});
