// Keeps each model's input schema current: the API's model list links an OpenAPI document per
// model whose components.schemas.Input is the schema requests must match. Fetched at most once
// a day and cached; when unreachable, the bundled (catalog-derived) schemas stay in force.
import type { AtlasClient } from '../api/client.js';
import type { HttpTransport } from '../api/http.js';
import { getModel } from '../catalog/catalog.js';
import type { KeyValueStore } from './renderTimes.js';
import { setLiveSchema } from './requestBody.js';

export const SCHEMA_TTL_MS = 24 * 60 * 60 * 1000;

interface Cached {
  at: number;
  schemas: Record<string, object>;
}

function apply(schemas: Record<string, object>): number {
  let n = 0;
  for (const [id, schema] of Object.entries(schemas)) {
    if (getModel(id)) {
      setLiveSchema(id, schema);
      n++;
    }
  }
  return n;
}

/** Returns how many models now validate against a live schema, and where they came from. */
export async function refreshSchemas(
  client: AtlasClient,
  transport: HttpTransport,
  store: KeyValueStore,
  now: number,
): Promise<{ models: number; source: 'cache' | 'api' | 'bundled'; problem?: string }> {
  let cached: Cached | undefined;
  try {
    cached = JSON.parse(store.read() ?? 'null') as Cached | undefined;
  } catch {
    cached = undefined;
  }
  if (cached && now - cached.at < SCHEMA_TTL_MS) return { models: apply(cached.schemas), source: 'cache' };
  const list = await client.listModels();
  if (!list.ok) {
    return { models: cached ? apply(cached.schemas) : 0, source: cached ? 'cache' : 'bundled', problem: list.error.message };
  }
  const schemas: Record<string, object> = {};
  for (const entry of list.value) {
    if (!entry.schema || !getModel(entry.model)) continue;
    try {
      // The schema document is public: no Authorization header goes with it.
      const res = await transport({ method: 'GET', url: entry.schema, headers: { accept: 'application/json' }, timeoutMs: 15_000 });
      if (res.status !== 200) {
        await res.text().catch(() => '');
        continue;
      }
      const doc = JSON.parse(await res.text()) as { components?: { schemas?: { Input?: object } } };
      const input = doc.components?.schemas?.Input;
      if (input && typeof input === 'object') schemas[entry.model] = input;
    } catch {
      // one bad schema document leaves that model on its bundled schema
    }
  }
  store.write(JSON.stringify({ at: now, schemas } satisfies Cached));
  return { models: apply(schemas), source: 'api' };
}
