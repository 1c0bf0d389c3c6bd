/** Colours and page geometry shared by the report, the sign and the checklist. */
import type { Conclusion, RiskLevel } from '../domain/report/report-model.ts';
import type { Severity } from '../domain/rules/schema.ts';
import type { Color } from './layout/types.ts';

export const A4 = { width: 595.28, height: 841.89 } as const;
export const A3 = { width: 841.89, height: 1190.55 } as const;

export const ACCENT: Color = [22, 62, 116];
export const LIGHT: Color = [244, 246, 250];
export const QUOTE_BG: Color = [247, 248, 251];
export const QUOTE_BAR: Color = [120, 134, 160];

export const SEVERITY: Record<Severity, { fill: Color; ink: Color }> = {
  red: { fill: [253, 228, 226], ink: [168, 29, 20] },
  nc: { fill: [254, 236, 214], ink: [158, 62, 8] },
  risk: { fill: [224, 238, 252], ink: [16, 82, 158] },
};

export const CONCLUSION: Record<Conclusion, { fill: Color; ink: Color }> = {
  stop: { fill: [253, 228, 226], ink: [168, 29, 20] },
  remediate: { fill: [254, 243, 207], ink: [138, 66, 6] },
  incomplete: { fill: [233, 236, 240], ink: [55, 65, 81] },
  proceed: { fill: [220, 246, 229], ink: [8, 108, 62] },
};

export const RISK: Record<RiskLevel, { fill: Color; ink: Color }> = {
  low: { fill: [206, 240, 216], ink: [8, 96, 56] },
  medium: { fill: [254, 238, 178], ink: [122, 78, 0] },
  high: { fill: [253, 205, 160], ink: [140, 52, 0] },
  severe: { fill: [248, 170, 164], ink: [130, 18, 12] },
};
