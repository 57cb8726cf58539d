// Bundles the extension (CommonJS, `vscode` external) and the CLI (self-contained) in one pass.
import * as esbuild from 'esbuild';
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';

const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  define: { __VPROMPT_VERSION__: JSON.stringify(version), 'import.meta.url': '__vpromptImportMetaUrl' },
  // Some ESM-only dependencies read import.meta.url; give the CommonJS bundle a real value.
  banner: { js: "const __vpromptImportMetaUrl = require('url').pathToFileURL(__filename).href;" },
};

const builds = [
  // The extension is two bundles: the language features load on activation; the render layer
  // (dist/render.js) is required by src/render/lazy.ts on first use.
  // The English tagger (dist/nlp.js, wink-nlp and its model) is its own bundle too: the structure
  // analysis requires it only for shots the lexicons could not read (src/core/lint/grammar/tagger.ts).
  { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', './render.js', './nlp.js'] },
  { ...common, entryPoints: ['src/render/index.ts'], outfile: 'dist/render.js', external: ['vscode', './nlp.js'] },
  { ...common, entryPoints: ['src/cli/main.ts'], outfile: 'dist/cli.js', external: ['./nlp.js'] },
  { ...common, entryPoints: ['src/core/lint/grammar/nlp.ts'], outfile: 'dist/nlp.js' },
  // The render panel's page runs in the webview (a browser); it ships under media/ because the
  // panel's localResourceRoots are limited to media/ and the render folder.
  {
    entryPoints: ['src/panel/webview/main.ts'],
    outfile: 'media/build/panel.js',
    bundle: true,
    platform: 'browser',
    format: 'iife',
    target: 'chrome120',
    minify: production,
    sourcemap: false,
    logLevel: 'warning',
  },
];

// Codicons for the panel, from the official font package.
mkdirSync('media/build', { recursive: true });
for (const f of ['codicon.css', 'codicon.ttf']) copyFileSync(`node_modules/@vscode/codicons/dist/${f}`, `media/build/${f}`);

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  await Promise.all(builds.map((options) => esbuild.build(options)));
}
