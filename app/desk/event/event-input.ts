/** The event form's fields, its checks and the AddEventInput its values make. */
import { EventKind, Verification, type AddEventInput } from '@/graphql/__generated__/client/graphql';
import { EVIDENCE_FIELDS, EVIDENCE_LIMITS, MISSING_SOURCE, evidenceInput } from '../evidence-input';
import { date, keys, long, short, withLimits, type FieldLimits } from '../field-limits';
import { listOf } from '../form-state';
import {
  badChoice,
  badDates,
  badIntensity,
  inputErrorFields,
  missing,
  numberOrNull,
  textOrNull,
  type Values,
} from '../input-checks';

export const EVENT_FIELDS = [
  'title',
  'kind',
  'date',
  'endDate',
  'location',
  'actorKeys',
  'summary',
  'intensity',
  'verification',
  ...EVIDENCE_FIELDS,
] as const;

export const EVENT_ERROR_FIELDS = inputErrorFields(EVENT_FIELDS, true);

export const EVENT_LIMITS: FieldLimits = {
  title: short('Title'),
  date: date('Date'),
  endDate: date('End date'),
  location: short('Place'),
  actorKeys: keys('Actors'),
  summary: long('Summary'),
  ...EVIDENCE_LIMITS,
};

const eventChecks = (v: Values) => ({
  ...missing(v, [
    ['title', 'Give the event a short headline.'],
    ['kind', 'Choose what sort of event it is.'],
    ['date', 'Give the date it happened, or its first day: 2025-05-05, 2025-05 or 2025.'],
    ['actorKeys', 'Give at least one actor’s key, such as "japan".'],
    ['summary', 'Say what happened in one or two plain sentences.'],
    MISSING_SOURCE,
  ]),
  ...badDates(v, ['date', 'endDate']),
  ...badIntensity(v),
  ...badChoice(v, 'kind', EventKind),
  ...badChoice(v, 'verification', Verification),
});

export const eventTypeErrors = withLimits(eventChecks, EVENT_LIMITS);

export const eventInput = (v: Values): AddEventInput => ({
  title: v.title!,
  kind: v.kind as EventKind,
  date: v.date!,
  endDate: textOrNull(v.endDate),
  location: textOrNull(v.location),
  actorKeys: listOf(v.actorKeys!),
  summary: v.summary!,
  intensity: numberOrNull(v.intensity),
  verification: (v.verification || Verification.Reported) as Verification,
  evidence: evidenceInput(v),
});
