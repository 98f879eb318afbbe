/**
 * Synthetic records on top of the seed, for measuring Faultline at scale. Every record is
 * marked synthetic (its keys, its source, its evidence note), so it can never pass for a
 * sourced fact. Shapes follow real event data: a few speakers say most things, most
 * statements concern a few pairs, dates span twenty years, quotes vary in length.
 */
import type { ActorRecord, EventRecord, SourceRecord, StatementRecord } from '../ingest/dataset-schema';
import { EVENT_KINDS } from '../ingest/dataset-schema';
import { createRandom, zipf, type Random } from './random';
import { CAMEO_ROOTS, SYLLABLES, stanceFor, TOPICS, WORDS } from './vocabulary';

export const SYNTH_SOURCES = 20;
const REAL_STATES = ['russia', 'japan', 'ukraine', 'united-states', 'china', 'north-korea', 'belarus'];
/** Pairs most statements concern, russia/japan among them. */
const HOT_PAIRS: [string, string][] = [
  ['russia', 'japan'],
  ['japan', 'russia'],
  ['china', 'united-states'],
  ['russia', 'ukraine'],
  ['north-korea', 'japan'],
];

const pad = (n: number, width = 5) => String(n).padStart(width, '0');

function name(random: Random, parts: number): string {
  let text = '';
  for (let i = 0; i < parts; i += 1) text += random.pick(SYLLABLES);
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export interface SynthWorld {
  sources: SourceRecord[];
  actors: ActorRecord[];
  topics: typeof TOPICS;
  /** Speaker keys, most prolific first. */
  speakers: string[];
  /** Every actor key a statement may target. */
  targets: string[];
}

export function synthWorld(seed = 1): SynthWorld {
  const random = createRandom(seed);
  const sources: SourceRecord[] = Array.from({ length: SYNTH_SOURCES }, (_, i) => ({
    key: `synth-source-${pad(i, 3)}`,
    title: `Synthetic wire ${i + 1}`,
    outlet: 'Faultline synthetic data',
    // Invented for load tests: nothing about them can be judged.
    outletKind: 'OTHER',
    reliability: 'F',
  }));
  const states: ActorRecord[] = Array.from({ length: 60 }, (_, i) => ({
    key: `synth-state-${pad(i, 3)}`,
    kind: 'STATE',
    name: `${name(random, 2)}ia (synthetic)`,
    aliases: [],
  }));
  const stateKeys = [...REAL_STATES, ...states.map((s) => s.key)];
  const people: ActorRecord[] = Array.from({ length: 240 }, (_, i) => ({
    key: `synth-person-${pad(i, 3)}`,
    kind: 'PERSON',
    name: `${name(random, 2)} ${name(random, 3)} (synthetic)`,
    aliases: [],
    // The first people speak for the real states, so the hot pairs have spokespeople.
    affiliation: i < REAL_STATES.length * 4 ? REAL_STATES[i % REAL_STATES.length] : random.pick(stateKeys),
  }));
  const bodies: ActorRecord[] = Array.from({ length: 40 }, (_, i) => ({
    key: `synth-body-${pad(i, 3)}`,
    kind: i % 4 === 0 ? 'MEDIA' : 'ORGANIZATION',
    name: `${name(random, 3)} ${i % 4 === 0 ? 'News' : 'Council'} (synthetic)`,
    aliases: [],
  }));
  const actors = [...states, ...people, ...bodies];
  const speakers = [
    ...REAL_STATES,
    ...people.map((p) => p.key),
    ...states.map((s) => s.key),
    ...bodies.map((b) => b.key),
  ];
  return { sources, actors, topics: TOPICS, speakers, targets: stateKeys };
}

/** A day in 2006-2025, later years a little more likely; sometimes only month or year. */
function date(random: Random): string {
  const year = 2006 + Math.min(19, Math.floor(20 * Math.sqrt(random.next())));
  const month = random.int(1, 12);
  const precision = random.next();
  if (precision < 0.02) return String(year);
  if (precision < 0.1) return `${year}-${pad(month, 2)}`;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${pad(month, 2)}-${pad(random.int(1, last), 2)}`;
}

function sentence(random: Random, words: number): string {
  const list = Array.from({ length: words }, () => random.pick(WORDS));
  const text = list.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

export function* synthStatements(world: SynthWorld, count: number, seed = 2): Generator<StatementRecord> {
  const random = createRandom(seed);
  const speakerIndex = zipf(random, world.speakers.length);
  const affiliationOf = new Map(world.actors.map((a) => [a.key, a.affiliation]));
  const spokespeopleOf = new Map<string, string[]>();
  for (const a of world.actors) {
    if (a.affiliation)
      spokespeopleOf.set(a.affiliation, [...(spokespeopleOf.get(a.affiliation) ?? []), a.key]);
  }
  for (let i = 0; i < count; i += 1) {
    let speaker = world.speakers[speakerIndex()]!;
    let target = random.pick(world.targets);
    if (random.next() < 0.6) {
      const [from, to] = random.pick(HOT_PAIRS);
      // A hot pair's statement comes from the state or one who speaks for it.
      const spokespeople = spokespeopleOf.get(from) ?? [];
      speaker = spokespeople.length && random.next() < 0.5 ? random.pick(spokespeople) : from;
      target = to;
    }
    if (target === speaker || target === affiliationOf.get(speaker))
      target = target === 'japan' ? 'china' : 'japan';
    const [code, goldstein] = random.pick(CAMEO_ROOTS);
    const quoteWords = random.next() < 0.3 ? 0 : Math.floor(4 + 60 * random.next() ** 2);
    yield {
      key: `synth-statement-${pad(i, 7)}`,
      speaker,
      targets: [target],
      date: date(random),
      ...(quoteWords ? { quote: sentence(random, quoteWords) } : {}),
      summary: `Synthetic statement ${i + 1}: ${sentence(random, 8)}`,
      stance: stanceFor(goldstein),
      intensity: goldstein,
      cameoCode: code,
      topics: [random.pick(world.topics).key],
      verification: 'REPORTED',
      evidence: {
        source: random.pick(world.sources).key,
        note: 'Synthetic record generated for load testing.',
        credibility: 'CANNOT_BE_JUDGED',
      },
    };
  }
}

export function* synthEvents(world: SynthWorld, count: number, seed = 3): Generator<EventRecord> {
  const random = createRandom(seed);
  for (let i = 0; i < count; i += 1) {
    const [a, b] =
      random.next() < 0.5 ? random.pick(HOT_PAIRS) : [random.pick(world.targets), random.pick(world.targets)];
    const [code, goldstein] = random.pick(CAMEO_ROOTS);
    yield {
      key: `synth-event-${pad(i, 7)}`,
      date: date(random),
      kind: random.pick(EVENT_KINDS),
      title: `Synthetic event ${i + 1}`,
      summary: sentence(random, 12),
      actors: a === b ? [a] : [a, b],
      measurements: [],
      intensity: goldstein,
      cameoCode: code,
      verification: 'REPORTED',
      evidence: [
        {
          source: random.pick(world.sources).key,
          note: 'Synthetic record generated for load testing.',
          credibility: 'CANNOT_BE_JUDGED',
        },
      ],
    };
  }
}

/**
 * FollowTheMoney lines for `count` Sanction entities over half as many designees, in the
 * shape OpenSanctions exports, so that designations load through the real importer.
 */
export function* synthFtmLines(count: number, seed = 4): Generator<string> {
  const random = createRandom(seed);
  const designees = Math.max(1, Math.ceil(count / 2));
  const countries = ['ru', 'ru', 'ru', 'by', 'kp', 'cn', 'ir'];
  const authorities = [
    ['jp', 'Ministry of Finance'],
    ['jp', 'Ministry of Economy, Trade and Industry'],
    ['us', 'Office of Foreign Assets Control'],
    ['gb', 'Office of Financial Sanctions Implementation'],
  ] as const;
  for (let i = 0; i < designees; i += 1) {
    const person = random.next() < 0.6;
    yield JSON.stringify({
      id: `synth-designee-${i}`,
      schema: person ? 'Person' : 'Company',
      caption: `${name(random, 2)} ${name(random, 3)} (synthetic)`,
      properties: {
        name: [`${name(random, 2)} ${name(random, 3)} (synthetic)`],
        country: [random.pick(countries)],
      },
      datasets: ['synthetic'],
    });
  }
  for (let i = 0; i < count; i += 1) {
    const [country, authority] = random.pick(authorities);
    yield JSON.stringify({
      id: `synth-sanction-${i}`,
      schema: 'Sanction',
      properties: {
        entity: [`synth-designee-${random.int(0, designees - 1)}`],
        country: [country],
        authority: [authority],
        program: ['Synthetic programme'],
        listingDate: [date(random)],
      },
      datasets: ['synthetic'],
    });
  }
}
