// Where a rule's documentation lives: its section in docs/rules.md (one "## <rule id>" each).

/** GitHub-style heading anchor of "## <rule>" ("## safety/visual" → "safetyvisual"). */
export function ruleAnchor(rule: string): string {
  return rule.toLowerCase().replace(/[^a-z0-9 -]/g, '').replace(/ /g, '-');
}
