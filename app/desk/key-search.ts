/**
 * The searches behind the desk's pickers, through Apollo Client: a bounded page of actors or
 * sources whose words hold what the analyst typed, each as the key the form sends and a label.
 */
import type { ApolloClient } from '@apollo/client';
import { DeskActorPickerDocument, DeskSourcePickerDocument } from '@/graphql/__generated__/client/graphql';

export type PickerKind = 'actor' | 'source';

export interface KeyChoice {
  key: string;
  label: string;
}

export async function searchKeys(
  client: ApolloClient,
  kind: PickerKind,
  text: string,
  signal: AbortSignal,
): Promise<KeyChoice[]> {
  const context = { fetchOptions: { signal } };
  if (kind === 'actor') {
    const { data } = await client.query({ query: DeskActorPickerDocument, variables: { text }, context });
    return (data?.actors.nodes ?? []).map((a) => ({ key: a.key, label: a.name }));
  }
  const { data } = await client.query({ query: DeskSourcePickerDocument, variables: { text }, context });
  return (data?.sources ?? []).map((s) => ({ key: s.key, label: `${s.outlet}: ${s.title}` }));
}

/** The term a field's text is searched by: the whole text, or in a comma list its last item. */
export function termOf(text: string, multiple: boolean): string {
  return (multiple ? (text.split(',').pop() ?? '') : text).trim();
}

/** The field's text once `key` is chosen: it replaces the term, and a list is left open for the next. */
export function withChoice(text: string, key: string, multiple: boolean): string {
  if (!multiple) return key;
  const kept = text
    .split(',')
    .slice(0, -1)
    .map((item) => item.trim())
    .filter(Boolean);
  return [...kept, key].join(', ') + ', ';
}
