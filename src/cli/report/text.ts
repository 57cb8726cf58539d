// Human-readable report: one line per finding, grouped by file, with a summary line.
import type { FileReport } from '../lint.js';
import type { Severity } from '../../core/lint/types.js';

const COLORS: Record<Severity, string> = { error: '31', warning: '33', info: '36', hint: '90' };

export function formatText(reports: FileReport[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\x1b[${code}m${s}\x1b[0m` : s);
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
  let out = '';
  for (const r of reports) {
    if (r.diagnostics.length === 0) continue;
    out += `${paint('4', r.path)}\n`;
    for (const d of r.diagnostics) {
      counts[d.severity]++;
      const where = `${d.range.start.line + 1}:${d.range.start.character + 1}`.padEnd(7);
      const fix = d.suggestions?.length && !d.message.includes(d.suggestions[0]) ? ` Try: "${d.suggestions[0]}".` : '';
      out += `  ${where} ${paint(COLORS[d.severity], d.severity.padEnd(7))} ${d.message}${fix}  ${paint('90', d.rule)}\n`;
    }
    out += '\n';
  }
  const total = counts.error + counts.warning + counts.info + counts.hint;
  const files = `${reports.length} file${reports.length === 1 ? '' : 's'}`;
  if (reports.length === 0) return '';
  if (total === 0) return `${paint('32', '✔')} ${files} checked, no problems.\n`;
  return (
    out +
    `${paint(counts.error ? '31' : '33', '✖')} ${total} problem${total === 1 ? '' : 's'} in ${files} ` +
    `(${counts.error} error${counts.error === 1 ? '' : 's'}, ${counts.warning} warning${counts.warning === 1 ? '' : 's'}, ${counts.info + counts.hint} info)\n`
  );
}
