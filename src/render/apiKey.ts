// The Atlas API key: in VS Code's SecretStorage (the OS keychain where there is one), with the
// ATLASCLOUD_API_KEY environment variable as a fallback. It is never put in settings, logs,
// the journal or the webview; it is checked against the API before it is stored.
import * as vscode from 'vscode';
import { AtlasClient } from '../core/api/client.js';
import { undiciTransport } from '../node/undiciTransport.js';

const SECRET = 'vprompt.atlasApiKey';

export class ApiKeyStore {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChange = this.changed.event;

  private readonly subscription: vscode.Disposable;

  constructor(private readonly secrets: vscode.SecretStorage) {
    this.subscription = secrets.onDidChange((e) => {
      if (e.key === SECRET) this.changed.fire();
    });
  }

  async get(): Promise<{ key: string; source: 'secret-storage' | 'environment' } | undefined> {
    const stored = (await this.secrets.get(SECRET))?.trim();
    if (stored) return { key: stored, source: 'secret-storage' };
    const env = process.env.ATLASCLOUD_API_KEY?.trim();
    return env ? { key: env, source: 'environment' } : undefined;
  }

  /** Asks for a key, checks it against the API, stores it. Returns true when a key was stored. */
  async promptAndStore(apiBaseUrl: string): Promise<boolean> {
    const key = await vscode.window.showInputBox({
      title: 'VPrompt: Set API Key',
      prompt: `Your Atlas Cloud API key. It is checked against ${new URL(apiBaseUrl).origin} and kept in VS Code's secret storage.`,
      password: true,
      ignoreFocusOut: true,
      validateInput: (v) => (v.trim() ? (/\s/.test(v.trim()) ? 'An API key has no spaces.' : undefined) : 'Paste the key, or press Escape to cancel.'),
    });
    if (!key?.trim()) return false;
    const check = await vscode.window.withProgress(
      { location: vscode.ProgressLocation.Notification, title: 'Checking the API key…' },
      () => new AtlasClient({ baseUrl: apiBaseUrl, apiKey: key.trim(), transport: undiciTransport, timeoutMs: 15_000 }).balance(),
    );
    if (!check.ok) {
      if (check.error.category === 'auth' || check.error.category === 'permission') {
        void vscode.window.showErrorMessage(`The API refused this key (${check.error.category}): ${check.error.message} The key was not saved.`);
        return false;
      }
      const choice = await vscode.window.showWarningMessage(
        `Could not check the key: ${check.error.message} Save it anyway?`,
        { modal: true },
        'Save Anyway',
      );
      if (choice !== 'Save Anyway') return false;
    }
    await this.secrets.store(SECRET, key.trim());
    void vscode.window.showInformationMessage(
      check.ok ? `API key saved. Balance: $${check.value.toFixed(2)}.` : 'API key saved without a check; the first render will tell whether it works.',
    );
    return true;
  }

  async clear(): Promise<void> {
    await this.secrets.delete(SECRET);
    const env = process.env.ATLASCLOUD_API_KEY?.trim() ? ' ATLASCLOUD_API_KEY is still set in the environment and will be used.' : '';
    void vscode.window.showInformationMessage(`API key removed from VS Code's secret storage.${env}`);
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
