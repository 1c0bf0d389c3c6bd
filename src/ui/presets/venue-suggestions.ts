/**
 * What venues of each type commonly do, shown as hints beside the relevant questions when the assessment was
 * started from a venue-type preset. These are suggestions only: option codes from the bank (labels are looked
 * up in the bank, so they follow the language) and, for the purpose statement, an example sentence from the
 * UI dictionaries. Nothing here is ever written into the answers.
 */
import type { MessageKey } from '../../i18n/translate.ts';

export type VenueType = 'scenic-area' | 'retail' | 'residential' | 'hotel' | 'gym' | 'office' | 'transport-hub' | 'other';

export interface Suggestion {
  /** Option codes of the question that such venues commonly choose. */
  readonly codes?: readonly string[];
  /** A dictionary key whose text is an example answer (free-text questions). */
  readonly example?: MessageKey;
}

type Table = Readonly<Record<VenueType, Readonly<Record<string, Suggestion>>>>;

export const VENUE_SUGGESTIONS: Table = {
  'scenic-area': {
    'venue.purposes': { codes: ['ticketing', 'entry', 'security'] },
    'venue.subjects': { codes: ['visitors', 'members', 'staff', 'elderly-disabled'] },
    'purpose.statement': { example: 'suggest.statement.scenic-area' },
    'purpose.alternatives-considered': { codes: ['qr-code', 'id-card', 'staff-check', 'card'] },
    'alternatives.methods': { codes: ['qr-code', 'paper-ticket', 'id-card', 'staff-check'] },
    'storage.retention': { codes: ['purpose-end', 'fixed'] },
  },
  retail: {
    'venue.purposes': { codes: ['security', 'loss-prevention', 'payment'] },
    'venue.subjects': { codes: ['visitors', 'members', 'staff'] },
    'purpose.statement': { example: 'suggest.statement.retail' },
    'purpose.alternatives-considered': { codes: ['ordinary-cctv', 'staff-check', 'card'] },
    'alternatives.methods': { codes: ['card', 'qr-code', 'staff-check'] },
    'storage.retention': { codes: ['fixed'] },
  },
  residential: {
    'venue.purposes': { codes: ['entry', 'security'] },
    'venue.subjects': { codes: ['residents', 'visitors', 'staff', 'elderly-disabled'] },
    'purpose.statement': { example: 'suggest.statement.residential' },
    'purpose.alternatives-considered': { codes: ['card', 'qr-code', 'pin', 'staff-check'] },
    'alternatives.methods': { codes: ['card', 'qr-code', 'pin', 'staff-check'] },
    'storage.retention': { codes: ['purpose-end'] },
  },
  hotel: {
    'venue.purposes': { codes: ['check-in', 'security'] },
    'venue.subjects': { codes: ['guests', 'visitors', 'staff'] },
    'purpose.statement': { example: 'suggest.statement.hotel' },
    'purpose.alternatives-considered': { codes: ['id-card', 'staff-check'] },
    'alternatives.methods': { codes: ['id-card', 'staff-check'] },
    'storage.retention': { codes: ['purpose-end', 'fixed'] },
  },
  gym: {
    'venue.purposes': { codes: ['entry', 'member-recognition'] },
    'venue.subjects': { codes: ['members', 'staff'] },
    'purpose.statement': { example: 'suggest.statement.gym' },
    'purpose.alternatives-considered': { codes: ['card', 'qr-code', 'staff-check'] },
    'alternatives.methods': { codes: ['card', 'qr-code', 'staff-check'] },
    'storage.retention': { codes: ['purpose-end'] },
  },
  office: {
    'venue.purposes': { codes: ['entry', 'attendance', 'security'] },
    'venue.subjects': { codes: ['staff', 'tenant-staff', 'visitors'] },
    'purpose.statement': { example: 'suggest.statement.office' },
    'purpose.alternatives-considered': { codes: ['card', 'qr-code', 'staff-check'] },
    'alternatives.methods': { codes: ['card', 'qr-code', 'staff-check'] },
    'storage.retention': { codes: ['purpose-end'] },
  },
  'transport-hub': {
    'venue.purposes': { codes: ['security', 'ticketing', 'entry'] },
    'venue.subjects': { codes: ['visitors', 'staff', 'elderly-disabled'] },
    'purpose.statement': { example: 'suggest.statement.transport-hub' },
    'purpose.alternatives-considered': { codes: ['id-card', 'qr-code', 'staff-check', 'ordinary-cctv'] },
    'alternatives.methods': { codes: ['id-card', 'qr-code', 'paper-ticket', 'staff-check'] },
    'storage.retention': { codes: ['fixed'] },
  },
  other: {
    'purpose.statement': { example: 'suggest.statement.other' },
    'purpose.alternatives-considered': { codes: ['card', 'qr-code', 'staff-check'] },
  },
};

export function isVenueType(s: unknown): s is VenueType {
  return typeof s === 'string' && s in VENUE_SUGGESTIONS;
}

export function suggestionFor(preset: string | undefined, questionId: string): Suggestion | undefined {
  if (!isVenueType(preset)) return undefined;
  return VENUE_SUGGESTIONS[preset][questionId];
}
