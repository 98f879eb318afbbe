import { GradeBadge } from '@/app/components/grade';
import { EmptyState, ErrorState, Panel } from '@/app/components/panel';
import {
  SourceExcerptsPanelDocument,
  type SourceExcerptFieldsFragment,
  type SourceExcerptsPanelQuery,
} from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';
import { QuotedExcerpt } from '@/app/components/evidence-line';

type Cited = NonNullable<SourceExcerptsPanelQuery['source']>['citedBy'][number];

interface Excerpt {
  record: string;
  evidence: SourceExcerptFieldsFragment;
}

type Claim = Extract<Cited, { __typename: 'SanctionPackage' }>['claims'][number];

/** A claim's evidence, its excerpt the figure as the source words it when none is held beside it. */
const claimEvidence = (claim: Claim): SourceExcerptFieldsFragment => ({
  ...claim.evidence,
  excerpt: claim.evidence.excerpt ?? claim.quantity.text ?? null,
});

/** What a citing record is, in words, and every piece of its evidence (claims included). */
function evidenceOf(cited: Cited): { record: string; list: SourceExcerptFieldsFragment[] } {
  switch (cited.__typename) {
    case 'Statement':
      return { record: cited.summary, list: [cited.statementEvidence] };
    case 'Event':
      return { record: cited.title, list: cited.evidence };
    case 'SanctionPackage':
      return { record: cited.title, list: [...cited.evidence, ...cited.claims.map(claimEvidence)] };
    case 'SanctionRegime':
      return {
        record: `Sanctions: ${cited.imposer.name} → ${cited.target.name}`,
        list: [...cited.evidence, ...cited.claims.map(claimEvidence)],
      };
    case 'Alliance':
      return { record: cited.name, list: cited.evidence };
    case 'Membership':
      return { record: `${cited.actor.name} in ${cited.alliance.name}`, list: cited.evidence };
    case 'Office':
      return { record: cited.name, list: cited.evidence };
  }
}

/** Each excerpt taken from the source, with the record it supports and its credibility. */
export async function ExcerptsPanel({ sourceKey }: { sourceKey: string }) {
  const variables = { key: sourceKey };
  const props = {
    id: 'excerpts',
    title: 'Its words in this dataset',
    document: SourceExcerptsPanelDocument,
    variables,
  };
  let source: SourceExcerptsPanelQuery['source'];
  try {
    source = (await runOperation(SourceExcerptsPanelDocument, variables)).source;
  } catch (error) {
    return (
      <Panel {...props}>
        <ErrorState error={error} />
      </Panel>
    );
  }
  if (!source) return null;
  const excerpts: Excerpt[] = [];
  const seen = new Set<string>();
  for (const cited of source.citedBy) {
    const { record, list } = evidenceOf(cited);
    for (const evidence of list) {
      if (evidence.source.key !== source.key || !evidence.excerpt) continue;
      const id = `${record}\u0000${evidence.excerpt}`;
      if (seen.has(id)) continue;
      seen.add(id);
      excerpts.push({ record, evidence });
    }
  }
  return (
    <Panel {...props}>
      {excerpts.length === 0 ? (
        <EmptyState>
          No verbatim words from this source are held; the records cite it with a note instead.
        </EmptyState>
      ) : (
        <ul className="excerpts">
          {excerpts.map(({ record, evidence }, i) => (
            <li key={i}>
              <GradeBadge reliability={source.reliability} credibility={evidence.credibility} />{' '}
              <QuotedExcerpt>{evidence.excerpt}</QuotedExcerpt>
              <p className="muted">Supports: {record}</p>
              {evidence.inference && <p>Inference: {evidence.inference}</p>}
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
