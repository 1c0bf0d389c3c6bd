/**
 * The JSON Schema (draft 2020-12) of the assessment file, generated from the question bank so that it lists
 * every question id and every option code. Served at /schema/assessment-v<N>.schema.json.
 */
import { QUESTIONS } from '../questions/bank.ts';
import type { QuestionDef } from '../questions/schema.ts';
import { VENUE_TYPES } from '../questions/sections/01-venue.ts';
import { CHECKS } from '../checklist.ts';
import { allArticleIds } from '../law/catalogue.ts';
import { ACTION_KEY, FORMAT, MANUAL_ID, SCHEMA_VERSION, VERDICTS } from './assessment-file.ts';
import { CAMPAIGN_LIMITS } from './campaign.ts';

function answerSchema(q: QuestionDef): Record<string, unknown> {
  const description = `${q.label['zh-CN']} / ${q.label.en}`;
  switch (q.kind) {
    case 'single':
      return { description, enum: q.options.map((o) => o.code) };
    case 'multi':
      return { description, type: 'array', uniqueItems: true, minItems: 1, items: { enum: q.options.map((o) => o.code) } };
    case 'number':
      return { description, type: q.integer ? 'integer' : 'number', minimum: q.min, maximum: q.max };
    case 'date':
      return { description, type: 'string', format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' };
    case 'text':
    case 'longtext':
      return { description, type: 'string', maxLength: q.maxLength, ...(q.format === 'url' ? { format: 'uri' } : {}) };
    case 'group':
      return {
        description,
        type: 'array',
        minItems: q.minItems,
        maxItems: q.maxItems,
        items: {
          type: 'object',
          additionalProperties: false,
          required: q.fields.map((f) => f.id),
          properties: Object.fromEntries(
            q.fields.map((f) => [
              f.id,
              f.kind === 'text'
                ? { type: 'string', minLength: 1, maxLength: f.maxLength }
                : f.kind === 'number'
                  ? { type: 'integer', minimum: f.min, maximum: f.max }
                  : { enum: f.options.map((o) => o.code) },
            ]),
          ),
        },
      };
  }
}

export function assessmentJsonSchema(): Record<string, unknown> {
  const text = { type: 'string', maxLength: 200 };
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `assessment-v${SCHEMA_VERSION}.schema.json`,
    title: 'Face PIA assessment file',
    description: '人脸识别个人信息保护影响评估文件 / Face-recognition PI protection impact assessment file. Answers are option codes, never labels.',
    type: 'object',
    additionalProperties: false,
    required: ['format', 'schemaVersion', 'bankVersion', 'id', 'createdAt', 'updatedAt', 'assessedAt', 'meta', 'answers', 'actions', 'annotations', 'manualFindings'],
    properties: {
      format: { const: FORMAT },
      schemaVersion: { const: SCHEMA_VERSION },
      bankVersion: { type: 'integer', minimum: 1 },
      id: { type: 'string', pattern: '^[A-Za-z0-9_-]{6,64}$' },
      createdAt: { type: 'string', format: 'date-time' },
      updatedAt: { type: 'string', format: 'date-time' },
      assessedAt: { type: 'string', format: 'date-time', description: 'When the answers last changed: the assessment’s date.' },
      meta: {
        type: 'object',
        additionalProperties: false,
        required: ['name', 'organisation', 'venueName'],
        properties: { name: text, organisation: text, venueName: text, preset: { enum: VENUE_TYPES.map((o) => o.code) } },
      },
      answers: {
        type: 'object',
        additionalProperties: false,
        properties: Object.fromEntries(QUESTIONS.map((q) => [q.id, answerSchema(q)])),
      },
      position: { type: 'string' },
      actions: {
        type: 'object',
        propertyNames: { pattern: ACTION_KEY.source },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['owner', 'due', 'status'],
          properties: { owner: text, due: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' }, status: { enum: ['open', 'in-progress', 'done'] } },
        },
      },
      review: {
        type: 'object',
        additionalProperties: false,
        required: ['client', 'matter', 'reviewer'],
        properties: { client: text, matter: text, reviewer: text },
      },
      annotations: {
        type: 'object',
        propertyNames: { pattern: '^[a-z0-9-]+\\.[a-z0-9-]+$' },
        additionalProperties: {
          type: 'object',
          additionalProperties: false,
          required: ['verdict', 'note'],
          properties: { verdict: { enum: [...VERDICTS] }, note: { type: 'string', maxLength: 5000 } },
        },
      },
      manualFindings: {
        type: 'array',
        maxItems: 100,
        items: {
          type: 'object',
          additionalProperties: false,
          required: ['id', 'severity', 'title', 'note', 'cites'],
          properties: {
            id: { type: 'string', pattern: MANUAL_ID.source },
            severity: { enum: ['red', 'nc', 'risk'] },
            title: { type: 'string', minLength: 1, maxLength: 200 },
            note: { type: 'string', maxLength: 5000 },
            cites: { type: 'array', minItems: 1, items: { enum: allArticleIds() } },
          },
        },
      },
      campaign: {
        type: 'object',
        additionalProperties: false,
        required: ['authority', 'name', 'reference', 'contact', 'deadline', 'instructions', 'venueTypes', 'checks'],
        properties: {
          authority: { type: 'string', minLength: 1, maxLength: CAMPAIGN_LIMITS.short },
          name: { type: 'string', minLength: 1, maxLength: CAMPAIGN_LIMITS.short },
          reference: { type: 'string', maxLength: CAMPAIGN_LIMITS.short },
          contact: { type: 'string', maxLength: CAMPAIGN_LIMITS.short },
          deadline: { type: 'string', pattern: '^(\\d{4}-\\d{2}-\\d{2})?$' },
          instructions: { type: 'string', maxLength: CAMPAIGN_LIMITS.instructions },
          venueTypes: { type: 'array', uniqueItems: true, items: { enum: VENUE_TYPES.map((o) => o.code) } },
          checks: { type: 'array', minItems: 1, uniqueItems: true, items: { enum: CHECKS.map((c) => c.id) } },
        },
      },
    },
  };
}
