// `VPrompt: Check Service Health`: can the API be reached and how fast, what the balance is
// when a key is set, and whether render times are drifting (from this folder's own history).
import type { AtlasClient } from '../core/api/client.js';
import { getModel } from '../core/catalog/catalog.js';
import type { RenderTimes } from '../core/render/renderTimes.js';

export interface HealthReport {
  reachable: boolean;
  latencyMs?: number;
  reachError?: string;
  balance?: number;
  balanceError?: string;
  trends: string[];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** One line per model with history: recent median render time, and its change against the runs before. */
export function renderTrends(times: RenderTimes): string[] {
  const lines: string[] = [];
  for (const model of times.models()) {
    const all = times.recent(model, 10);
    if (!all.length) continue;
    const name = getModel(model)?.name ?? model;
    const recent = all.slice(-5);
    const earlier = all.slice(0, -5);
    const now = median(recent) / 1000;
    let line = `${name}: median ${now.toFixed(1)} s over the last ${recent.length} render${recent.length === 1 ? '' : 's'}`;
    if (earlier.length >= 3) {
      const before = median(earlier) / 1000;
      const change = Math.round(((now - before) / before) * 100);
      line += change === 0 ? ', steady' : `, ${change > 0 ? 'up' : 'down'} ${Math.abs(change)}% on the ${earlier.length} before${change >= 50 ? ' (the service may be degrading)' : ''}`;
    }
    lines.push(line);
  }
  return lines;
}

export async function checkHealth(client: AtlasClient, times: RenderTimes | undefined, now: () => number): Promise<HealthReport> {
  const t0 = now();
  const models = await client.listModels();
  const report: HealthReport = { reachable: models.ok, trends: times ? renderTrends(times) : [] };
  if (models.ok) report.latencyMs = Math.max(0, now() - t0);
  else report.reachError = models.error.message;
  if (client.hasKey) {
    const b = await client.balance();
    if (b.ok) report.balance = b.value;
    else report.balanceError = b.error.message;
  }
  return report;
}

export function formatHealth(r: HealthReport, label: string): { summary: string; detail: string } {
  const summary = r.reachable ? `${label}: reachable in ${r.latencyMs} ms.` : `${label}: not reachable.`;
  const lines: string[] = [];
  if (!r.reachable) lines.push(r.reachError ?? 'No answer.');
  if (r.balance !== undefined) lines.push(`Balance: $${r.balance.toFixed(2)}.`);
  else if (r.balanceError) lines.push(`Balance: not available (${r.balanceError})`);
  else lines.push('Balance: set an API key to see it.');
  lines.push(r.trends.length ? 'Render times:' : 'Render times: no renders in this folder yet.');
  for (const t of r.trends) lines.push(`• ${t}`);
  return { summary, detail: lines.join('\n') };
}
