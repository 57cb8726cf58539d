// Placeholder: replaced by the real references rule.
import type { Rule } from '../types.js';

export const referencesRule: Rule = { id: 'references' };
