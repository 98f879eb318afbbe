import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import {
  NetworkGraph,
  networkGraphConfig,
  type NetworkNode,
  type NetworkTie,
} from '@/app/components/network-graph';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  AllianceNetworkPanelDocument,
  type AllianceNetworkPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { MEMBERSHIP_STATUS, ROLE } from './labels';

const TITLE = 'Network of ties';

/** A tie as the table lists it: the drawn tie plus where its records are shown. */
interface TieRow extends NetworkTie {
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

/** Turns the API's records into nodes and aggregated ties (on the server, with the raw counts). */
export function buildNetwork(data: AllianceNetworkPanelQuery): { nodes: NetworkNode[]; ties: TieRow[] } {
  const actors = new Map<string, string>();
  const alliances = new Map<string, string>();
  const ties: TieRow[] = [];

  for (const alliance of data.alliances) {
    const short = alliance.acronym ?? alliance.name;
    for (const m of alliance.members) {
      actors.set(m.actor.key, m.actor.name);
      alliances.set(alliance.key, short);
      ties.push({
        from: actorId(m.actor.key),
        to: allianceId(alliance.key),
        kind: m.status === 'ACTIVE' ? 'MEMBERSHIP' : 'INTENDED_MEMBERSHIP',
        label: `${m.actor.name}: ${ROLE[m.role].toLowerCase()} of ${short}, ${MEMBERSHIP_STATUS[m.status].toLowerCase()}`,
        fromName: m.actor.name,
        toName: short,
        fromHref: actorHref(m.actor.key),
        toHref: `#alliance-${alliance.key}`,
        detail: `${ROLE[m.role]}, ${MEMBERSHIP_STATUS[m.status].toLowerCase()}${m.since ? ` since ${formatPartialDate(m.since)}` : ''}`,
        href: `#membership-${m.key}`,
      });
    }
  }

  for (const r of data.sanctionRegimes) {
    actors.set(r.imposer.key, r.imposer.name);
    actors.set(r.target.key, r.target.name);
    const packages = `${r.packages.length} package${r.packages.length === 1 ? '' : 's'}`;
    ties.push({
      from: actorId(r.imposer.key),
      to: actorId(r.target.key),
      kind: 'SANCTIONS',
      label: `${r.imposer.name} sanctions ${r.target.name}: ${packages}`,
      fromName: r.imposer.name,
      toName: r.target.name,
      fromHref: actorHref(r.imposer.key),
      toHref: actorHref(r.target.key),
      detail: `${packages}${r.since ? `, since ${formatPartialDate(r.since)}` : ''}`,
      href: `/sanctions#regime-${r.key}`,
    });
  }

  const hostile = new Map<string, TieRow>();
  for (const s of data.statements.nodes) {
    actors.set(s.speaker.key, s.speaker.name);
    for (const t of s.targets) {
      actors.set(t.key, t.name);
      const key = `${s.speaker.key}\u0000${t.key}`;
      const tie = hostile.get(key) ?? {
        from: actorId(s.speaker.key),
        to: actorId(t.key),
        kind: 'HOSTILE_STATEMENTS' as const,
        label: '',
        count: 0,
        fromName: s.speaker.name,
        toName: t.name,
        fromHref: actorHref(s.speaker.key),
        toHref: actorHref(t.key),
        detail: '',
        href: `/statements?speaker=${encodeURIComponent(s.speaker.key)}&target=${encodeURIComponent(t.key)}&stance=HOSTILE`,
      };
      tie.count = (tie.count ?? 0) + 1;
      tie.detail = `${tie.count} hostile statement${tie.count === 1 ? '' : 's'}`;
      tie.label = `${s.speaker.name} on ${t.name}: ${tie.detail}`;
      hostile.set(key, tie);
    }
  }
  ties.push(...hostile.values());

  const byName = (a: [string, string], b: [string, string]) => a[1].localeCompare(b[1], 'en');
  const nodes: NetworkNode[] = [
    ...[...actors]
      .sort(byName)
      .map(([key, label]) => ({ id: actorId(key), label, shape: 'circle' as const })),
    ...[...alliances]
      .sort(byName)
      .map(([key, label]) => ({ id: allianceId(key), label, shape: 'square' as const })),
  ];
  return { nodes, ties };
}

/** Actors and their ties, drawn on the server as SVG, with a legend and the ties as a table. */
export async function NetworkPanel() {
  const variables = { first: 100 };
  let data: AllianceNetworkPanelQuery;
  try {
    data = await runOperation(AllianceNetworkPanelDocument, variables);
  } catch (error) {
    return (
      <Panel id="network" title={TITLE} document={AllianceNetworkPanelDocument} variables={variables}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const { nodes, ties } = buildNetwork(data);
  const title = 'Actors and their ties: memberships, sanctions regimes and hostile statements';
  const counts = Object.fromEntries(
    Object.keys(networkGraphConfig.ties).map((k) => [k, ties.filter((t) => t.kind === k).length]),
  );
  const description =
    `${nodes.length} actors and groupings on a circle; ${counts.MEMBERSHIP! + counts.INTENDED_MEMBERSHIP!} membership ties, ` +
    `${counts.SANCTIONS} sanctions regimes and ${counts.HOSTILE_STATEMENTS} pairs with hostile statements. The table below lists every tie.`;

  return (
    <Panel id="network" title={TITLE} document={AllianceNetworkPanelDocument} variables={variables}>
      {ties.length === 0 ? (
        <EmptyState>No ties are recorded yet.</EmptyState>
      ) : (
        <figure className="network-figure" aria-labelledby="network-caption">
          <figcaption id="network-caption">{title}</figcaption>
          <NetworkGraph
            id="alliance-network"
            title={title}
            description={description}
            nodes={nodes}
            ties={ties}
          />
          {data.statements.pageInfo.hasNextPage && (
            <p className="note">
              Drawn from the first {data.statements.nodes.length} of {data.statements.totalCount} hostile
              statements.
            </p>
          )}
          <details className="chart-table">
            <summary>Table</summary>
            <div className="scroll-region" tabIndex={0} role="region" aria-label="Ties, table">
              <table className="record-table">
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">Tie</th>
                    <th scope="col">To</th>
                    <th scope="col">Records</th>
                  </tr>
                </thead>
                <tbody>
                  {ties.map((t, i) => (
                    <tr key={i}>
                      <th scope="row">
                        <Link href={t.fromHref} prefetch={false}>
                          {t.fromName}
                        </Link>
                      </th>
                      <td>{networkGraphConfig.ties[t.kind].label}</td>
                      <td>
                        <Link href={t.toHref} prefetch={false}>
                          {t.toName}
                        </Link>
                      </td>
                      <td>
                        <Link href={t.href} prefetch={false}>
                          {t.detail}
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </details>
        </figure>
      )}
    </Panel>
  );
}
