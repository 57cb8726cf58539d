// Environment hygiene shared by setup.mjs and the e2e harness.

// npm settings that describe the network, not the npm process that set them: kept.
const KEEP = /^npm_config_(registry|(https_|http_)?proxy|noproxy|no_proxy|cafile|ca|strict_ssl|userconfig|globalconfig|cache)$/i;

/**
 * `env` without what a surrounding `npm test`/`npm run` exported about itself (npm_config_*,
 * npm_package_*, npm_lifecycle_*, NODE, ...). A nested `npm install` under another Node reads
 * those as its own config: code-server's postinstall took the outer npm_config_user_agent
 * ("node/v20") for its own Node version and refused to build.
 */
export function withoutOuterNpm(env) {
  const out = {};
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) continue;
    if (/^npm_/i.test(k) && !KEEP.test(k)) continue;
    if (k === 'NODE' || k === 'INIT_CWD') continue;
    out[k] = v;
  }
  return out;
}
