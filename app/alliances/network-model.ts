/**
 * The network view's nodes and ties, from one answer of its query: actor ties as the API
 * counts them, and alliances joined to their leads and members. No counting here; the
 * numbers on the ties are the API's.
 */
import type { NetworkNode, NetworkTie } from '@/app/components/network-graph';
import type { AllianceNetworkPanelQuery } from '@/graphql/__generated__/client/graphql';
import { formatPartialDate } from '@/app/components/format';
import { MEMBERSHIP_STATUS, ROLE } from './labels';

/** A tie as the table lists it: the drawn tie plus its ends and where its records are shown. */
export interface TieRow extends NetworkTie {
  fromName: string;
  toName: string;
  fromHref: string;
  toHref: string;
  detail: string;
  href: string;
}

const actorId = (key: string) => `actor:${key}`;
const allianceId = (key: string) => `alliance:${key}`;
const actorHref = (key: string) => `/actors/${encodeURIComponent(key)}`;
const allianceHref = (key: string) => `/alliances#alliance-${encodeURIComponent(key)}`;
const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

type ActorTie = AllianceNetworkPanelQuery['network'][number];

/**
 * Both counts, each said for what it is: the tie's records are every statement, event and
 * package between the two, scored or not; the index rests only on the scored ones, which the
 * relation page counts ("38 records, 34 move the index").
 */
function recordWords(t: ActorTie): string {
  const moving = t.coverage.records;
  return `${plural(t.records, 'record')} (${moving.toLocaleString('en-US')} ${moving === 1 ? 'moves' : 'move'} the index)`;
}

/** The index as a number only when it rests on enough records; otherwise the words for why not. */
function tensionWords(t: ActorTie): string {
  const { coverage } = t;
  if (coverage.sufficient) return `tension ${t.tension.toFixed(1)}`;
  const basis =
    coverage.records === 0
      ? ''
      : ` (${plural(coverage.acts, 'act')}, from ${plural(coverage.sources, 'source')})`;
  return `tension: not enough records${basis}`;
}

export function buildNetwork(data: AllianceNetworkPanelQuery): { nodes: NetworkNode[]; ties: TieRow[] } {
  const actors = new Map<string, string>();
  const alliances = new Map<string, string>();
  const ties: TieRow[] = [];

  for (const t of data.network) {
    actors.set(t.a.key, t.a.name);
    actors.set(t.b.key, t.b.name);
    const shared = t.sharedAlliances.map((al) => al.acronym ?? al.name);
    const detail = [
      recordWords(t),
      `${t.hostileRecords.toLocaleString('en-US')} hostile`,
      tensionWords(t),
      ...(shared.length ? [`both in ${shared.join(', ')}`] : []),
    ].join(', ');
    ties.push({
      from: actorId(t.a.key),
      to: actorId(t.b.key),
      kind: t.hostileRecords * 2 > t.records ? 'HOSTILE_RECORDS' : 'RECORDS',
      count: t.records,
      label: `${t.a.name} – ${t.b.name}: ${detail}`,
      fromName: t.a.name,
      toName: t.b.name,
      fromHref: actorHref(t.a.key),
      toHref: actorHref(t.b.key),
      detail,
      href: `/relations/${encodeURIComponent(t.a.key)}/${encodeURIComponent(t.b.key)}`,
    });
  }

  for (const alliance of data.alliances) {
    const short = alliance.acronym ?? alliance.name;
    alliances.set(alliance.key, short);
    if (alliance.lead) {
      actors.set(alliance.lead.key, alliance.lead.name);
      ties.push({
        from: actorId(alliance.lead.key),
        to: allianceId(alliance.key),
        kind: 'LEAD',
        label: `${alliance.lead.name} leads ${short}`,
        fromName: alliance.lead.name,
        toName: short,
        fromHref: actorHref(alliance.lead.key),
        toHref: allianceHref(alliance.key),
        detail: 'Lead',
        href: allianceHref(alliance.key),
      });
    }
    for (const m of alliance.members) {
      actors.set(m.actor.key, m.actor.name);
      ties.push({
        from: actorId(m.actor.key),
        to: allianceId(alliance.key),
        kind: m.status === 'ACTIVE' ? 'MEMBERSHIP' : 'INTENDED_MEMBERSHIP',
        label: `${m.actor.name}: ${ROLE[m.role].toLowerCase()} of ${short}, ${MEMBERSHIP_STATUS[m.status].toLowerCase()}`,
        fromName: m.actor.name,
        toName: short,
        fromHref: actorHref(m.actor.key),
        toHref: allianceHref(alliance.key),
        detail: `${ROLE[m.role]}, ${MEMBERSHIP_STATUS[m.status].toLowerCase()}${m.since ? ` since ${formatPartialDate(m.since)}` : ''}`,
        href: `/alliances#membership-${encodeURIComponent(m.key)}`,
      });
    }
  }

  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'en');
  const nodes: NetworkNode[] = [
    ...[...actors].sort(byName).map(([key, label]) => ({
      id: actorId(key),
      label,
      shape: 'circle' as const,
      href: actorHref(key),
      name: `${label}, actor`,
    })),
    ...[...alliances].sort(byName).map(([key, label]) => ({
      id: allianceId(key),
      label,
      shape: 'square' as const,
      href: allianceHref(key),
      name: `${label}, alliance or programme`,
    })),
  ];
  return { nodes, ties };
}
