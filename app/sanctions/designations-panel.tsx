import Link from 'next/link';
import { formatPartialDate } from '@/app/components/format';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SanctionDesignationRegimesDocument,
  SanctionDesignationsPanelDocument,
  type SanctionDesignationRegimesQuery,
  type SanctionDesignationsPanelQuery,
  type SanctionDesignationsPanelQueryVariables,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { regimeName } from './regime-name';
import styles from './designations-panel.module.css';
import { ScrollRegion } from '@/app/components/scroll-region';

type RegimeChoice = SanctionDesignationRegimesQuery['sanctionRegimes'][number];
type Designations = SanctionDesignationsPanelQuery['sanctionRegimes'][number]['designations'];

const TITLE = 'Designations';
const PAGE_SIZE = 20;

/** Where a page of the table lives: the regime and the cursor travel in the URL. */
function pageHref(regime: string, after?: string): string {
  const params = new URLSearchParams({ regime });
  if (after) params.set('after', after);
  return `/sanctions?${params.toString()}#designations-heading`;
}

/**
 * Individual listings of one regime, a page at a time (Next follows the API's cursor through
 * the URL, so every page is server-rendered and linkable), with the whole list as CSV or JSON.
 */
export async function DesignationsPanel({ regime: wanted, after }: { regime?: string; after?: string }) {
  let regimes: RegimeChoice[];
  try {
    regimes = (await runOperation(SanctionDesignationRegimesDocument)).sanctionRegimes;
  } catch (error) {
    return (
      <Panel id="designations" title={TITLE} document={SanctionDesignationRegimesDocument}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  const chosen =
    regimes.find((r) => r.key === wanted) ??
    (wanted === undefined ? (regimes.find((r) => r.counted.designations > 0) ?? regimes[0]) : undefined);
  if (!chosen) {
    return (
      <Panel id="designations" title={TITLE} document={SanctionDesignationRegimesDocument}>
        {wanted === undefined ? (
          <EmptyState>No sanction regimes are in the dataset yet.</EmptyState>
        ) : (
          <p className="error-state" role="alert">
            No sanction regime has the key “{wanted}”. <Link href="/sanctions">Show the first one</Link>.
          </p>
        )}
      </Panel>
    );
  }

  const variables: SanctionDesignationsPanelQueryVariables = {
    imposer: chosen.imposer.key,
    target: chosen.target.key,
    first: PAGE_SIZE,
    ...(after ? { after } : {}),
  };
  let page: Designations | undefined;
  let failure: unknown;
  try {
    const data = await runOperation(SanctionDesignationsPanelDocument, variables);
    page = data.sanctionRegimes.find((r) => r.key === chosen.key)?.designations;
  } catch (error) {
    failure = error;
  }
  const name = regimeName(chosen);
  const exportQuery = `?regime=${encodeURIComponent(chosen.key)}`;

  return (
    <Panel id="designations" title={TITLE} document={SanctionDesignationsPanelDocument} variables={variables}>
      {regimes.length > 1 && (
        <nav aria-label="Regime of the designations" className={styles.choices}>
          <ul>
            {regimes.map((r) => (
              <li key={r.key}>
                <Link
                  href={pageHref(r.key)}
                  aria-current={r.key === chosen.key ? 'page' : undefined}
                  prefetch={false}
                >
                  {regimeName(r)} ({r.counted.designations.toLocaleString('en-US')})
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <p className={styles.downloads}>
        Download every designation of {name}:{' '}
        <a href={`/api/export/designations.csv${exportQuery}`} download>
          Download CSV
        </a>{' '}
        ·{' '}
        <a href={`/api/export/designations.json${exportQuery}`} download>
          Download JSON
        </a>
      </p>
      {failure !== undefined || !page ? (
        <ErrorState error={failure ?? new Error(`the regime ${chosen.key} is gone`)} />
      ) : page.totalCount === 0 ? (
        <EmptyState>
          No individual listings are held for {name}. The figures above come from the sources; listings arrive
          with an OpenSanctions import (<code>npm run import -- ftm &lt;file&gt;</code>).
        </EmptyState>
      ) : (
        <DesignationsTable name={name} regimeKey={chosen.key} page={page} after={after} />
      )}
    </Panel>
  );
}

function DesignationsTable(props: { name: string; regimeKey: string; page: Designations; after?: string }) {
  const { name, regimeKey, page, after } = props;
  return (
    <>
      <p className="note">
        {page.totalCount.toLocaleString('en-US')} designations held, newest listing first; {page.edges.length}{' '}
        on this page.
      </p>
      <ScrollRegion className="scroll-region" label={`Designations of ${name}`}>
        <table className="record-table">
          <caption className="visually-hidden">Designations of {name}</caption>
          <thead>
            <tr>
              <th scope="col">Designee</th>
              <th scope="col">Authority</th>
              <th scope="col">Program</th>
              <th scope="col">Listed on</th>
              <th scope="col">Status</th>
              <th scope="col">Origin</th>
            </tr>
          </thead>
          <tbody>
            {page.edges.map(({ node }) => (
              <tr key={node.key}>
                <th scope="row">
                  <Link href={`/actors/${encodeURIComponent(node.designee.key)}`} prefetch={false}>
                    {node.designee.name}
                  </Link>
                </th>
                <td>
                  {node.sourceUrl ? (
                    <a href={node.sourceUrl} rel="noopener noreferrer" target="_blank">
                      {node.authority}
                    </a>
                  ) : (
                    node.authority
                  )}
                </td>
                <td>{node.program ?? '—'}</td>
                <td>{node.listedOn ? formatPartialDate(node.listedOn) : '—'}</td>
                <td>{node.status.toLowerCase()}</td>
                <td>
                  <code>{node.origin}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      <nav aria-label="Designation pages" className={styles.pager}>
        {after && (
          <Link href={pageHref(regimeKey)} prefetch={false}>
            First page
          </Link>
        )}
        {page.pageInfo.hasNextPage && page.pageInfo.endCursor && (
          <Link href={pageHref(regimeKey, page.pageInfo.endCursor)} prefetch={false} rel="next">
            Next page
          </Link>
        )}
      </nav>
    </>
  );
}
