/**
 * A write's field names, as the API's input spells them ("speakerKey", "targetKeys"), in a
 * reader's words ("speaker", "targets"), for a record's history.
 */
const SPECIAL: Record<string, string> = {
  cameoCode: 'CAMEO code',
  imposerKey: 'imposer',
  targetKey: 'target',
  wikidataId: 'Wikidata id',
  countryCode: 'country',
  publishedAt: 'publication date',
  url: 'address',
};

export function fieldWords(name: string): string {
  if (SPECIAL[name]) return SPECIAL[name];
  // A list of keys names the things listed ("actorKeys": actors), a key the thing it names.
  const stem = name.replace(/Keys$/, 's').replace(/Key$/, '');
  return stem.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}
