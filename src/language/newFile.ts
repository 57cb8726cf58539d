// `VPrompt: New Prompt File`: an untitled .vprompt document with front matter and one shot to
// fill in, the walkthrough's first step.
import * as vscode from 'vscode';

export const NEW_FILE_COMMAND = 'vprompt.newPromptFile';

const TEMPLATE = `---
model: bytedance/seedance-2.0-fast/text-to-video
duration: 5
resolution: 720p
aspect_ratio: "16:9"
---
# First shot
subject: \${1:a lighthouse keeper in a yellow oilskin}
action: \${2:climbs a spiral iron staircase, slow and steady}
environment: \${3:inside the lighthouse, late afternoon sun through salt-streaked windows}
camera: \${4:slow crane shot upward, calm mood}
`;

export async function newPromptFile(): Promise<void> {
  const doc = await vscode.workspace.openTextDocument({ language: 'vprompt', content: '' });
  const editor = await vscode.window.showTextDocument(doc);
  await editor.insertSnippet(new vscode.SnippetString(TEMPLATE));
}
