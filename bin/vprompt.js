#!/usr/bin/env node
// Thin launcher so `npx vprompt` works; the CLI itself is bundled into dist/cli.js by esbuild.
require('../dist/cli.js').run();
