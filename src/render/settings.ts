// Render settings, read with the scopes they are declared with. The API base URL and the spend
// limits are machine-scoped in package.json; here they are also read from user-level values
// only, so a workspace's .vscode/settings.json can never redirect the key or raise a budget.
import * as vscode from 'vscode';
import { DEFAULT_API_BASE } from '../core/api/client.js';

export type Backend = 'atlas' | 'simulator';

export interface RenderSettings {
  backend: Backend;
  apiBaseUrl: string;
  outputFolder: string;
  maxWaitSeconds: number;
  budgetUsdPerDay?: number;
  limits: Record<string, { rpm?: number; concurrency?: number }>;
  allowReferencesOutsideWorkspace: boolean;
  /** Equivalent models for sustained 429s; planShot never uses a dearer one. */
  fallbackModels: Record<string, string>;
}

/** The user's own value (global), never a workspace's. */
function userValue<T>(section: string, fallback: T): T {
  const i = vscode.workspace.getConfiguration('vprompt').inspect<T>(section);
  return (i?.globalValue ?? i?.defaultValue ?? fallback) as T;
}

export function readRenderSettings(): RenderSettings {
  const c = vscode.workspace.getConfiguration('vprompt');
  const budget = userValue<number>('budgetUsdPerDay', 0);
  return {
    backend: c.get<Backend>('backend') === 'simulator' ? 'simulator' : 'atlas',
    apiBaseUrl: userValue('apiBaseUrl', DEFAULT_API_BASE) || DEFAULT_API_BASE,
    outputFolder: c.get<string>('outputFolder') || 'renders',
    maxWaitSeconds: Math.max(60, c.get<number>('maxWaitSeconds') ?? 900),
    budgetUsdPerDay: budget > 0 ? budget : undefined,
    limits: userValue('limits', {}),
    allowReferencesOutsideWorkspace: userValue<boolean>('allowReferencesOutsideWorkspace', false) === true,
    fallbackModels: c.get<Record<string, string>>('fallbackModels') ?? {},
  };
}

export function affectsRender(e: vscode.ConfigurationChangeEvent): boolean {
  return ['backend', 'apiBaseUrl', 'outputFolder', 'maxWaitSeconds', 'budgetUsdPerDay', 'limits', 'allowReferencesOutsideWorkspace'].some((s) => e.affectsConfiguration(`vprompt.${s}`));
}
