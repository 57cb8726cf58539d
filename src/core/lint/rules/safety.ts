// Placeholder: replaced by the real safety rule.
import type { Rule } from '../types.js';

export const safetyRule: Rule = { id: 'safety' };
