/** The names of the desk forms' fields: the API input's own, evidence's flattened. */
import { key, short, type FieldLimits, type FieldLimit } from './field-limits';
import { FIELD_LIMITS } from '@/data/field-limits';
import { listOf } from './form-state';
export const STATEMENT_FIELDS = [
  'speakerKey',
  'targetKeys',
  'date',
  'quote',
  'summary',
  'stance',
  'intensity',
  'sourceKey',
  'excerpt',
  'note',
] as const;

export const ACTOR_FIELDS = [
  'name',
  'kind',
  'title',
  'affiliationKey',
  'countryCode',
  'wikidataId',
  'aliases',
  'key',
] as const;

/** How long each of the actor form's fields may be: an alias is a name, a list of them comma-separated. */
const ALIASES: FieldLimit = {
  label: 'Aliases',
  chars: FIELD_LIMITS.shortText,
  list: { items: FIELD_LIMITS.listItems, split: listOf },
};
export const ACTOR_LIMITS: FieldLimits = {
  name: short('Name'),
  title: short('Title'),
  affiliationKey: key('Affiliation'),
  aliases: ALIASES,
  key: key('Key'),
};
