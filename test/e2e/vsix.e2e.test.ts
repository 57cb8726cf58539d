// The packaged .vsix (what users install and what the other e2e suites run) holds only the
// run-time files .vscodeignore lets through: no sources, tests, node_modules or caches.
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { repoRoot, resolveVsix } from './harness/index.js';

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

  it('is a release package: under 3 MB, icon, licence, changelog, the bundles, no CLI or sourcemaps', () => {
    const vsix = resolveVsix();
    const bytes = statSync(vsix).size;
    console.log(`[e2e] ${vsix}: ${(bytes / 1024 / 1024).toFixed(2)} MB`);
    assert.ok(bytes < 3 * 1024 * 1024, `${bytes} bytes`);
    const files = zipEntries(readFileSync(vsix)).map((n) => n.replace(/^extension\//, ''));
    for (const f of ['dist/extension.js', 'dist/render.js', 'dist/nlp.js', 'media/icon.png', 'media/panel.css', 'media/build/panel.js', 'media/build/codicon.ttf']) assert.ok(files.includes(f), f);
    for (const f of [/^license/i, /^changelog\.md$/i, /^readme\.md$/i]) assert.ok(files.some((n) => f.test(n)), String(f));
    assert.deepEqual(files.filter((f) => f === 'dist/cli.js' || f.endsWith('.map')), []);
    const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));
    assert.equal(manifest.icon, 'media/icon.png');
    assert.ok(manifest.categories.length >= 2 && manifest.keywords.length >= 5);
    // Every walkthrough page the manifest names is in the package.
    for (const w of manifest.contributes.walkthroughs) for (const s of w.steps) assert.ok(files.includes(s.media.markdown), s.media.markdown);
  });
});
