/** The names of the desk forms' fields: the API input's own, evidence's flattened. */
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
