/** The sanctions-package form's fields, its checks and the AddSanctionPackageInput its values make. */
import type { AddSanctionPackageInput } from '@/graphql/__generated__/client/graphql';
import { EVIDENCE_FIELDS, EVIDENCE_LIMITS, MISSING_SOURCE, evidenceInput } from '../evidence-input';
import { date, key, lines, short, withLimits, type FieldLimits } from '../field-limits';
import { badDates, badNumbers, inputErrorFields, missing, numberOrNull, type Values } from '../input-checks';

export const PACKAGE_FIELDS = [
  'imposerKey',
  'targetKey',
  'date',
  'ordinal',
  'title',
  'measures',
  'designatedIndividuals',
  'designatedEntities',
  ...EVIDENCE_FIELDS,
] as const;

export const PACKAGE_ERROR_FIELDS = inputErrorFields(PACKAGE_FIELDS, true);

export const PACKAGE_LIMITS: FieldLimits = {
  imposerKey: key('Imposer'),
  targetKey: key('Target'),
  date: date('Announced'),
  title: short('Title'),
  measures: lines('Measures'),
  ...EVIDENCE_LIMITS,
};

const packageChecks = (v: Values) => ({
  ...missing(v, [
    ['imposerKey', 'Give the key of the actor that imposes it, such as "japan".'],
    ['targetKey', 'Give the key of the actor it is aimed at, such as "russia".'],
    ['date', 'Give the date it was adopted or announced: 2022-02-23, 2022-02 or 2022.'],
    ['title', 'Give the package a short name.'],
    MISSING_SOURCE,
  ]),
  ...badDates(v, ['date']),
  ...badNumbers(v, ['ordinal', 'designatedIndividuals', 'designatedEntities'], true),
});

export const packageTypeErrors = withLimits(packageChecks, PACKAGE_LIMITS);

/** The measures, one a line; a line may itself hold commas ("visa ban, asset freeze"). */
const measuresOf = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

export const packageInput = (v: Values): AddSanctionPackageInput => ({
  imposerKey: v.imposerKey!,
  targetKey: v.targetKey!,
  date: v.date!,
  ordinal: numberOrNull(v.ordinal),
  title: v.title!,
  measures: measuresOf(v.measures ?? ''),
  designatedIndividuals: numberOrNull(v.designatedIndividuals),
  designatedEntities: numberOrNull(v.designatedEntities),
  evidence: evidenceInput(v),
});
