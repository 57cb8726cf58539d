// The e2e harness: real VS Code (code-server) + headless Chromium, driven like a user would.
// See README.md in this folder.
export { launchVSCode, resolveVsix, useVSCode, BASE_SETTINGS, CHROMIUM_ARGS, type LaunchOptions, type VSCodeSession } from './session.js';
export { Workbench, matchesProblem, formatProblems, describeMatch, type Problem, type ProblemMatch, type Severity } from './workbench.js';
export { waitFor, E2ETimeoutError, WaitAbortedError, DEFAULT_TIMEOUT, type WaitOptions } from './wait.js';
export { exthostLogFiles, extensionOutputLogFiles, tailFile } from './logs.js';
export { loadE2EEnv, repoRoot, artifactsRoot, type E2EEnv } from './env.js';
