// The simulator as vprompt runs it (CLI `vprompt sim`, offline renders, the editor's
// simulator backend): real catalog limits, request validation against each model's schema,
// moderation by vprompt's own safety rules, and real MP4 outputs.
import { allModels, getModel } from '../core/catalog/catalog.js';
import { lintText } from '../core/lint/engine.js';
import { makeClip } from './media/makeClip.js';
import { inputSchema, pixelSize, validateBody } from '../core/render/requestBody.js';
import { startSimulator, type SimOptions } from './server.js';

/** The key the built-in simulator accepts; it is not a secret and never a real key. */
export const SIMULATOR_KEY = 'vprompt-simulator';

/** Blocks what a provider's moderation would: any block-tier safety finding in the prompt. */
export function simulatedModeration(prompt: string): boolean {
  return lintText(`# sim\n${prompt.replace(/\n/g, ' ')}\n`).diagnostics.some((d) => d.rule.startsWith('safety/') && d.tier === 'block');
}

export function defaultSimOptions(overrides: Partial<SimOptions> = {}): SimOptions {
  return {
    makeClip: (s) => makeClip({ width: s.width, height: s.height, durationSeconds: s.durationSeconds, audio: s.audio, seed: s.seed }),
    dimensions: pixelSize,
    knownModel: (id) => getModel(id) !== undefined,
    validate: (body) => {
      const model = getModel(String(body.model));
      return model ? validateBody(model, body) : undefined;
    },
    moderate: simulatedModeration,
    alwaysAudio: (id) => getModel(id)?.audio === 'always',
    catalog: () => allModels().map((m) => ({ model: m.id, schema: inputSchema(m) })),
    limits: new Proxy({} as Record<string, { rpm: number; concurrency: number }>, {
      get: (_t, id: string) => getModel(id)?.limits ?? { rpm: 20, concurrency: 4 },
    }),
    ...overrides,
  };
}

export function startDefaultSimulator(overrides: Partial<SimOptions> = {}) {
  return startSimulator(defaultSimOptions(overrides));
}
