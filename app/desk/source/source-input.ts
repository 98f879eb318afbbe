/** The source form's fields, its checks and the AddSourceInput its values make. */
import type { AddSourceInput } from '@/graphql/__generated__/client/graphql';
import { badDates, inputErrorFields, missing, textOrNull, type Values } from '../input-checks';
import { date, key, short, url, withLimits, type FieldLimits } from '../field-limits';

export const SOURCE_FIELDS = ['key', 'title', 'outlet', 'publishedAt', 'url', 'language'] as const;

export const SOURCE_ERROR_FIELDS = inputErrorFields(SOURCE_FIELDS, false);

export const SOURCE_LIMITS: FieldLimits = {
  key: key('Key'),
  title: short('Title'),
  outlet: short('Outlet'),
  publishedAt: date('Published'),
  url: url('URL'),
};

const sourceChecks = (v: Values) => ({
  ...missing(v, [
    ['key', 'Give the source a new key: a lowercase slug such as "izvestia-1881287".'],
    ['title', 'Give the document’s title, as published.'],
    ['outlet', 'Give the outlet or body that published it, such as "Izvestia".'],
  ]),
  ...badDates(v, ['publishedAt']),
});

export const sourceTypeErrors = withLimits(sourceChecks, SOURCE_LIMITS);

export const sourceInput = (v: Values): AddSourceInput => ({
  key: v.key!,
  title: v.title!,
  outlet: v.outlet!,
  publishedAt: textOrNull(v.publishedAt),
  url: textOrNull(v.url),
  language: textOrNull(v.language),
});
