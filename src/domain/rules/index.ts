import { accessRules } from './access.rules.ts';
import { basisRules } from './basis.rules.ts';
import { dataRules } from './data.rules.ts';
import { governanceRules } from './governance.rules.ts';
import type { RuleDef } from './schema.ts';

/** Every rule, in checklist order of topic. */
export const RULES: readonly RuleDef[] = [...basisRules, ...accessRules, ...dataRules, ...governanceRules];

export type RuleId = (typeof basisRules | typeof accessRules | typeof dataRules | typeof governanceRules)[number]['id'];

export function ruleById(id: string): RuleDef | undefined {
  return RULES.find((r) => r.id === id);
}
