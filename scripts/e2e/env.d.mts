/** See env.mjs. */
export function withoutOuterNpm(env: NodeJS.ProcessEnv): Record<string, string>;
