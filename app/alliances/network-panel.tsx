import Link from 'next/link';
import { NetworkGraph, networkGraphConfig } from '@/app/components/network-graph';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  AllianceNetworkPanelDocument,
  type AllianceNetworkPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { buildNetwork } from './network-model';
import { ScrollRegion } from '@/app/components/scroll-region';

const TITLE = 'Network of ties';
/** The most ties one request may ask for; the API says when there are more. */
const TIES = 100;

/** Actors, alliances and every tie the API counts between them, drawn on the server as SVG, with a table. */
export async function NetworkPanel() {
  const variables = { first: TIES };
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
  const title = 'Actors, alliances and their ties: records between actors, leads and memberships';
  const actorTies = data.network.length;
  const description =
    `${nodes.length} actors and alliances on a circle; ${actorTies} pairs of actors joined by records, ` +
    `each labelled with its number of records (statements, events and packages, scored or not), and ` +
    `${ties.length - actorTies} leads and memberships. A pair's tension is given only where enough ` +
    'records move it; elsewhere the tie says there are not enough. Every node links to its page; the ' +
    'table below lists every tie.';

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
          {actorTies === TIES && (
            <p className="note">The {TIES} heaviest pairs of actors, by number of records.</p>
          )}
          <details className="chart-table">
            <summary>Table</summary>
            <ScrollRegion className="scroll-region" label="Ties, table">
              <table className="record-table">
                <thead>
                  <tr>
                    <th scope="col">From</th>
                    <th scope="col">Tie</th>
                    <th scope="col">To</th>
                    <th scope="col">Weight</th>
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
            </ScrollRegion>
          </details>
        </figure>
      )}
    </Panel>
  );
}
