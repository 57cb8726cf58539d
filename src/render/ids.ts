// Command and view ids of the render layer. The extension bundle registers these at
// activation and loads the render bundle (dist/render.js) only when one is used.
export const COMMANDS = {
  renderDraft: 'vprompt.renderDraft',
  renderAllDrafts: 'vprompt.renderAllDrafts',
  renderFinal: 'vprompt.renderFinal',
  renderAnotherTake: 'vprompt.renderAnotherTake',
  showPanel: 'vprompt.showRenderPanel',
  cancel: 'vprompt.cancelRender',
  setKey: 'vprompt.setApiKey',
  clearKey: 'vprompt.clearApiKey',
  health: 'vprompt.checkServiceHealth',
  openLog: 'vprompt.openRenderLog',
} as const;

export type CommandId = (typeof COMMANDS)[keyof typeof COMMANDS];

export const PANEL_VIEW_TYPE = 'vprompt.renderPanel';

/** Sets vprompt.backend to simulator (the walkthrough's button). */
export const USE_SIMULATOR_COMMAND = 'vprompt.useSimulator';
