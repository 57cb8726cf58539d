// SARIF 2.1.0 for GitHub code scanning: one run, every rule described, 1-based regions,
// paths relative to the checkout (%SRCROOT%) with forward slashes.
import type { Log, ReportingDescriptor, Result } from 'sarif';
import type { FileReport } from '../lint.js';
import { RULE_IDS, type Severity } from '../../core/lint/types.js';
import { RULE_SUMMARIES } from '../../core/lint/ruleDocs.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

declare const __VPROMPT_VERSION__: string | undefined;

export function toSarif(reports: FileReport[]): Log {
  const rules: ReportingDescriptor[] = RULE_IDS.map((id) => ({
    id,
    name: id.replace(/[/-](\w)/g, (_, c: string) => c.toUpperCase()).replace(/^\w/, (c) => c.toUpperCase()),
    shortDescription: { text: RULE_SUMMARIES[id] },
    fullDescription: { text: RULE_SUMMARIES[id] },
    help: { text: `${RULE_SUMMARIES[id]} See docs/rules.md, section ${id}.`, markdown: `${RULE_SUMMARIES[id]} See \`docs/rules.md\`, section \`${id}\`.` },
    properties: { tags: [id.split('/')[0]] },
  }));
  const index = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
  const results: Result[] = [];
  for (const r of reports) {
    for (const d of r.diagnostics) {
      const region: Record<string, number> = {
        startLine: d.range.start.line + 1,
        startColumn: d.range.start.character + 1,
        endLine: d.range.end.line + 1,
      };
      // SARIF's endColumn is exclusive and must not precede startColumn on the same line.
      if (d.range.end.line !== d.range.start.line || d.range.end.character > d.range.start.character) {
        region.endColumn = d.range.end.character + 1;
      }
      results.push({
        ruleId: d.rule,
        ruleIndex: index.get(d.rule),
        level: LEVEL[d.severity],
        message: { text: d.suggestions?.length ? `${d.message} Suggested: "${d.suggestions[0]}".` : d.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: r.path.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
              region,
            },
          },
        ],
        partialFingerprints: {
          primaryLocationLineHash: `${d.rule}:${d.shot ?? ''}:${d.message.length}`,
        },
        ...(d.category ? { properties: { category: d.category, tier: d.tier } } : {}),
      });
    }
  }
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'vprompt',
            version: typeof __VPROMPT_VERSION__ === 'string' ? __VPROMPT_VERSION__ : '0.0.0-dev',
            semanticVersion: typeof __VPROMPT_VERSION__ === 'string' ? __VPROMPT_VERSION__ : '0.0.0-dev',
            rules,
          },
        },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

export function formatSarif(reports: FileReport[]): string {
  return `${JSON.stringify(toSarif(reports), null, 2)}\n`;
}
