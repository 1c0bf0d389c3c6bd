/** The rules that apply to an assessment scoped to some checks (a regulator's campaign); all rules otherwise. */
import { RULES } from './index.ts';
import type { RuleDef } from './schema.ts';

export function rulesInScope(checks: readonly string[] | undefined): readonly RuleDef[] {
  if (!checks || checks.length === 0) return RULES;
  return RULES.filter((r) => r.fr.some((f) => checks.includes(f)));
}
