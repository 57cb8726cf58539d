// The static parts of the language layer: package.json contributions point at real files and
// agree with the code, the grammar scopes what the parser reads, snippets lint clean, every
// rule has its docs section, and the examples show what they claim to.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LABELS } from '../../src/core/format/parse.js';
import { lintText } from '../../src/core/lint/engine.js';
import { RULE_IDS, SAFETY_CATEGORIES } from '../../src/core/lint/types.js';
import { parseConfig } from '../../src/core/config/rc.js';
import { ruleAnchor } from '../../src/language/text/docs.js';

const json = (path: string) => JSON.parse(readFileSync(path, 'utf8'));
const pkg = json('package.json');
const grammar = json('syntaxes/vprompt.tmLanguage.json');

test('package.json: language, grammar, snippets, schema files exist and agree', () => {
  const c = pkg.contributes;
  // Activation: opening a .vprompt file, or VS Code restoring the render panel after a reload
  // (commands activate by themselves since VS Code 1.74). Nothing at startup.
  assert.deepEqual(pkg.activationEvents, ['onLanguage:vprompt', 'onWebviewPanel:vprompt.renderPanel']);
  assert.equal(pkg.main, './dist/extension.js');
  const build = readFileSync('esbuild.mjs', 'utf8');
  assert.ok(build.includes('src/extension.ts') && build.includes('dist/extension.js'), 'esbuild.mjs builds main');
  const [lang] = c.languages;
  assert.equal(lang.id, 'vprompt');
  assert.deepEqual(lang.extensions, ['.vprompt']);
  assert.ok(existsSync(lang.configuration));
  const lc = json(lang.configuration);
  assert.equal(lc.comments.lineComment, '//');
  const [g] = c.grammars;
  assert.ok(existsSync(g.path));
  assert.equal(g.scopeName, grammar.scopeName);
  assert.deepEqual(Object.keys(g.embeddedLanguages), [grammar.repository.frontmatter.contentName]);
  assert.ok(existsSync(c.snippets[0].path));
  const [jv] = c.jsonValidation;
  assert.equal(jv.fileMatch, '.vpromptrc.json');
  assert.ok(existsSync(jv.url));
  for (const cmd of c.commands) {
    assert.equal(cmd.category, 'VPrompt');
    const source = ['src/language', 'src/render'].flatMap((d) => readdirSync(d).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(d, f), 'utf8'))).join('\n');
    assert.ok(source.includes(`'${cmd.command}'`), `${cmd.command} is registered by src/language or src/render`);
  }
});

test('rule ids in the rc schema and in the vprompt.rules setting are exactly RULE_IDS', () => {
  const schema = json('schemas/vpromptrc.schema.json');
  assert.deepEqual(schema.properties.rules.propertyNames.enum, [...RULE_IDS]);
  // Listed one by one too, so editors complete rule ids with their descriptions.
  assert.deepEqual(Object.keys(schema.properties.rules.properties), [...RULE_IDS]);
  const setting = pkg.contributes.configuration.properties['vprompt.rules'];
  assert.deepEqual(Object.keys(setting.properties), [...RULE_IDS]);
  assert.equal(setting.additionalProperties, false);
  for (const id of RULE_IDS) assert.deepEqual(setting.properties[id].enum, ['off', 'error', 'warning', 'info', 'hint'], id);
  assert.deepEqual(schema.properties.safety.properties.flag.items.properties.category.enum, [...SAFETY_CATEGORIES]);
  const settings = pkg.contributes.configuration.properties;
  assert.equal(settings['vprompt.lint.onType'].default, true);
  assert.equal(settings['vprompt.lint.onSave'].default, true);
  assert.ok(settings['vprompt.lint.debounceMs'].default >= 200 && settings['vprompt.lint.debounceMs'].default <= 500);
  for (const key of Object.keys(settings).filter((k) => k.startsWith('vprompt.lint.') || k === 'vprompt.rules')) assert.equal(settings[key].scope, 'resource', key);
  // A workspace can neither redirect the key nor raise the spend limits: machine scope.
  for (const key of ['vprompt.apiBaseUrl', 'vprompt.budgetUsdPerDay', 'vprompt.limits', 'vprompt.allowReferencesOutsideWorkspace']) assert.equal(settings[key].scope, 'machine', key);
  for (const key of Object.keys(settings)) assert.ok(settings[key].description || settings[key].markdownDescription, `${key} is described`);
  assert.equal(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
  assert.ok(pkg.capabilities.untrustedWorkspaces.restrictedConfigurations.includes('vprompt.backend'));
});

test('package.json: every render command the issue names, in the VPrompt category, with its exact title', () => {
  const titles = Object.fromEntries(pkg.contributes.commands.map((c: { command: string; title: string; category: string }) => [c.command, `${c.category}: ${c.title}`]));
  for (const t of [
    'VPrompt: Render Draft',
    'VPrompt: Render All Drafts',
    'VPrompt: Render Final',
    'VPrompt: Show Render Panel',
    'VPrompt: Cancel Render',
    'VPrompt: Set API Key',
    'VPrompt: Clear API Key',
    'VPrompt: Check Service Health',
    'VPrompt: Open Render Log',
  ]) {
    assert.ok(Object.values(titles).includes(t), t);
  }
  const src = readFileSync('src/render/ids.ts', 'utf8');
  for (const id of Object.keys(titles).filter((i) => /render|Render|ApiKey|Health|cancel/.test(i))) assert.ok(src.includes(`'${id}'`), `${id} is one of the render command ids (src/render/ids.ts)`);
  assert.ok(pkg.contributes.menus['editor/title/run'].some((m: { command: string }) => m.command === 'vprompt.renderDraft'), 'a run button in the editor title');
});

test('docs/rules.md has a section per rule id, each with an example and the fix', () => {
  const md = readFileSync('docs/rules.md', 'utf8');
  const sections = new Map<string, string>();
  for (const part of md.split(/^## /m).slice(1)) {
    const [heading, ...body] = part.split('\n');
    sections.set(heading.trim(), body.join('\n'));
  }
  for (const id of RULE_IDS) {
    const body = sections.get(id);
    assert.ok(body, `section "## ${id}"`);
    assert.match(body, /```\w+\n[\s\S]+?\n```/, `${id} has a fenced example`);
    const after = body.slice(body.lastIndexOf('```') + 3).trim();
    assert.ok(after.length > 20, `${id} says how to fix it after the example`);
  }
  const anchors = RULE_IDS.map(ruleAnchor);
  assert.equal(new Set(anchors).size, anchors.length, 'anchors are unique');
});

/** Snippet body with each placeholder replaced by its default (first choice for choices). */
function expand(body: string[]): string {
  let text = body.join('\n');
  for (let i = 0; i < 5; i++) {
    text = text.replace(/\$\{\d+:([^{}]*)\}/g, '$1').replace(/\$\{\d+\|([^,|]*)[^}]*\|\}/g, '$1');
  }
  return text.replace(/\$\d+/g, '');
}

test('snippets expand to prompts the linter accepts', () => {
  const snippets = json('snippets/vprompt.json') as Record<string, { prefix: string; body: string[] }>;
  const prefixes = Object.values(snippets).map((s) => s.prefix);
  assert.ok(prefixes.includes('shot') && prefixes.includes('header'));
  const header = expand(Object.values(snippets).find((s) => s.prefix === 'header')!.body);
  for (const s of Object.values(snippets)) {
    const text = s.prefix === 'header' ? `${header}\n# A\nsubject: a fisherman\naction: mends a net\nenvironment: a pier at dawn\ncamera: close-up\n` : `${header}\n${expand(s.body)}\n`;
    const found = lintText(text).diagnostics;
    assert.deepEqual(found.map((d) => `${d.rule}: ${d.message}`), [], `snippet "${s.prefix}" lints clean:\n${text}`);
  }
  const shot = expand(snippets[Object.keys(snippets).find((k) => snippets[k].prefix === 'shot')!].body);
  for (const label of ['subject:', 'action:', 'environment:', 'camera:']) assert.ok(shot.includes(`\n${label}`), label);
});

/** The grammar's regexes in JavaScript terms (\A → ^, (?i:…) → whole-pattern i flag). */
function rx(source: string): RegExp {
  const insensitive = source.includes('(?i:');
  return new RegExp(source.replace(/\\A/g, '^').replace(/\(\?i:/g, '(?:'), insensitive ? 'i' : '');
}
const repo = grammar.repository;

test('grammar: headings, overrides, labels, directives, comments, vars and dialogue are scoped', () => {
  const heading = rx(repo.heading.match);
  assert.equal(heading.exec('# Arrival at dawn')?.[2], 'Arrival at dawn');
  assert.ok(heading.test('#'), 'a bare # is an (unnamed) heading, as for the parser');
  assert.ok(!heading.test('#hashtag'), 'not a heading for the parser either');
  assert.deepEqual(rx(repo.override.match).exec('@duration: 8')?.slice(1), ['@', 'duration', ':', '8']);
  const labeled = rx(repo.labeled.begin);
  assert.equal(labeled.exec('Camera: wide shot')?.[1], 'Camera');
  assert.ok(!labeled.test('Note: not a label'));
  assert.equal(rx(repo.directive.match).exec('// vprompt-disable-next-line safety/visual')?.[3].trim(), 'safety/visual');
  assert.ok(rx(repo.comment.match).test('  // a note'));
  const [vars, dialogue] = repo.inline.patterns;
  assert.equal(rx(vars.match).exec('A {{ hero }} walks')?.[2], 'hero');
  assert.equal(rx(dialogue.match).exec('she says: "Not again."')?.[0], '"Not again."');
  assert.ok(rx(repo.frontmatter.begin).test('---'));
  assert.ok(rx(repo.frontmatter.end).test('...'));
  assert.deepEqual(repo.frontmatter.patterns, [{ include: 'source.yaml' }]);
});

test('grammar: labels are exactly the parser\'s, every include resolves, scopes end in .vprompt', () => {
  const alternation = /\(\?i:([^)]*)\)/.exec(repo.labeled.begin)![1].split('|').sort();
  assert.deepEqual(alternation, Object.keys(LABELS).sort());
  const scopes: string[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) {
        if (k === 'include') assert.ok(v === 'source.yaml' || (typeof v === 'string' && repo[v.slice(1)]), `include ${String(v)}`);
        else if (k === 'name' && typeof v === 'string') scopes.push(v);
        else walk(v);
      }
    }
  };
  walk(grammar.patterns);
  walk(repo);
  for (const s of scopes) assert.match(s, /\.vprompt$/, s);
});

test('examples: the clean ones lint clean; problems.vprompt shows the typical problems, each with its fix', () => {
  const { config, problems } = parseConfig(readFileSync('examples/.vpromptrc.json', 'utf8'), 'examples/.vpromptrc.json');
  assert.deepEqual(problems, []);
  const files = readdirSync('examples').filter((f) => f.endsWith('.vprompt'));
  assert.ok(files.length >= 3 && files.length <= 5, files.join(', '));
  for (const f of files) {
    const found = lintText(readFileSync(join('examples', f), 'utf8'), { config }).diagnostics;
    if (f !== 'problems.vprompt') {
      assert.deepEqual(found.map((d) => `${d.range.start.line + 1}: ${d.rule}: ${d.message}`), [], f);
      continue;
    }
    const titles = found.flatMap((d) => (d.fixes ?? []).map((x) => `${d.rule} → ${x.title}`));
    for (const want of [
      /^structure\/missing-camera → Add camera: line$/,
      /^safety\/visual → Replace "blood" with "theatrical red paint"$/,
      /^params\/unsupported-duration → Snap duration to \d+$/,
      /^params\/unpinned-model → Pin model to kwaivgi\/kling-v3\.0-std\/text-to-video$/,
    ]) {
      assert.ok(titles.some((t) => want.test(t)), `${want} in:\n${titles.join('\n')}`);
    }
  }
});
