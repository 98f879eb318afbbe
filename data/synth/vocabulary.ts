/** Word stock for synthetic names and quotes: plain, neutral, obviously invented. */
export const SYLLABLES = [
  'ka',
  'lo',
  'vi',
  'ren',
  'dar',
  'mo',
  'sel',
  'tan',
  'or',
  'bri',
  'nu',
  'ze',
  'pol',
  'ma',
  'gri',
  'est',
];

export const WORDS = [
  'the',
  'government',
  'will',
  'respond',
  'to',
  'any',
  'measures',
  'taken',
  'against',
  'our',
  'interests',
  'cooperation',
  'security',
  'region',
  'partners',
  'dialogue',
  'sanctions',
  'unacceptable',
  'welcome',
  'agreement',
  'talks',
  'border',
  'trade',
  'escalation',
  'stability',
  'sovereignty',
  'provocation',
  'support',
  'relations',
  'continue',
  'must',
  'stop',
  'open',
  'channels',
  'defence',
  'exercises',
  'energy',
  'supplies',
  'investment',
  'historic',
  'decision',
  'deeply',
  'concerned',
  'firmly',
  'reject',
  'ready',
  'negotiate',
];

export const TOPICS = [
  { key: 'synth-energy', label: 'Energy (synthetic)' },
  { key: 'synth-trade', label: 'Trade (synthetic)' },
  { key: 'synth-borders', label: 'Borders (synthetic)' },
  { key: 'synth-defence', label: 'Defence (synthetic)' },
  { key: 'synth-diplomacy', label: 'Diplomacy (synthetic)' },
];

/** CAMEO root codes with the Goldstein values DESIGN.md lists. */
export const CAMEO_ROOTS: [code: string, goldstein: number][] = [
  ['01', 0],
  ['02', 3],
  ['03', 4],
  ['04', 1],
  ['05', 3.5],
  ['06', 6],
  ['07', 7],
  ['08', 5],
  ['09', -2],
  ['10', -5],
  ['11', -2],
  ['12', -4],
  ['13', -6],
  ['14', -6.5],
  ['15', -7.2],
  ['16', -4],
  ['17', -7],
  ['18', -9],
  ['19', -10],
  ['20', -10],
];

export function stanceFor(goldstein: number) {
  if (goldstein <= -5) return 'HOSTILE' as const;
  if (goldstein < 0) return 'CRITICAL' as const;
  if (goldstein === 0) return 'NEUTRAL' as const;
  if (goldstein <= 4) return 'SUPPORTIVE' as const;
  return 'CONCILIATORY' as const;
}
