// Placeholder: replaced by the real params rule.
import type { Rule } from '../types.js';

export const paramsRule: Rule = { id: 'params' };
