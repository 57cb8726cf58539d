// The render panel's HTML shell: a strict CSP with a fresh nonce per load, styles and the
// script from the extension's media folder, and nothing from a prompt or the API (those
// arrive later as messages and are rendered as text).
import { randomBytes } from 'node:crypto';

export interface ShellUris {
  cspSource: string;
  script: string;
  style: string;
  codicons: string;
}

export function nonce(): string {
  return randomBytes(18).toString('base64').replace(/[+/=]/g, '');
}

export function panelHtml(u: ShellUris, n = nonce()): string {
  const csp = [
    "default-src 'none'",
    `style-src ${u.cspSource}`,
    `font-src ${u.cspSource}`,
    `img-src ${u.cspSource}`,
    `media-src ${u.cspSource}`,
    `script-src 'nonce-${n}'`,
  ].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${u.codicons}">
<link rel="stylesheet" href="${u.style}">
<title>VPrompt Renders</title>
</head>
<body>
<header class="bar" role="banner">
  <span class="codicon codicon-device-camera-video" aria-hidden="true"></span>
  <strong>Renders</strong>
  <span id="backend" class="muted"></span>
  <span class="spacer"></span>
  <span id="spend" class="muted" aria-live="polite"></span>
  <button id="open-log" class="icon-button" title="Open Render Log" aria-label="Open Render Log"><span class="codicon codicon-output" aria-hidden="true"></span></button>
</header>
<div id="notice" class="notice" role="status" hidden></div>
<main id="jobs" aria-label="Render jobs"></main>
<section id="compare" class="compare" aria-label="Compare takes" hidden></section>
<p id="empty" class="empty muted">No renders yet. Put the cursor in a shot and run <kbd>VPrompt: Render Draft</kbd>, or click <em>▶ Draft</em> above a shot.</p>
<script nonce="${n}" src="${u.script}"></script>
</body>
</html>`;
}
