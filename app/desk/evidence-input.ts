/** The evidence fields the event and package forms share: Source, Excerpt and Note. */
import type { EvidenceInput } from '@/graphql/__generated__/client/graphql';
import { textOrNull, type Values } from './input-checks';
import { key, long, type FieldLimits } from './field-limits';

export const EVIDENCE_FIELDS = ['sourceKey', 'excerpt', 'note'] as const;

export const EVIDENCE_LIMITS: FieldLimits = {
  sourceKey: key('Source'),
  excerpt: long('Excerpt'),
  note: long('Note'),
};

export const MISSING_SOURCE = ['sourceKey', 'Give the key of the source that establishes it.'] as const;

export const evidenceInput = (v: Values): EvidenceInput => ({
  sourceKey: v.sourceKey!,
  excerpt: textOrNull(v.excerpt),
  note: textOrNull(v.note),
});
