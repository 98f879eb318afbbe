import { formatPartialDate, isWebUrl } from '@/app/components/format';
import { sourceName } from '@/app/components/evidence-line';
import { GradeBadge, RELIABILITY_WORDS } from '@/app/components/grade';
import type { OutletKind } from '@/graphql/__generated__/client/graphql';

const OUTLET_KINDS: Record<OutletKind, string> = {
  OFFICIAL: 'Official body',
  WIRE_AGENCY: 'News agency',
  STATE_MEDIA: 'State media',
  INDEPENDENT_MEDIA: 'News outlet, not state-owned',
  AGGREGATOR: 'Aggregator (republishes others)',
  RESEARCH: 'Research',
  OTHER: 'Other',
};
import { ErrorState, Panel } from '@/app/components/panel';
import { SourcePanelDocument, type SourcePanelQuery } from '@/graphql/__generated__/client/graphql';
import { runOperation } from '@/graphql/server';

const LANGUAGES = new Intl.DisplayNames(['en'], { type: 'language' });

/** "en" → "English (en)"; an unknown tag is shown as it is. */
function languageName(tag: string): string {
  try {
    const name = LANGUAGES.of(tag);
    return name && name !== tag ? `${name} (${tag})` : tag;
  } catch {
    return tag;
  }
}

/** The page heading and what the source is. The layout has already answered 404 for an unknown key. */
export async function SourcePanel({ sourceKey }: { sourceKey: string }) {
  const variables = { key: sourceKey };
  const props = { id: 'source', title: 'Source', document: SourcePanelDocument, variables };
  let source: SourcePanelQuery['source'];
  try {
    source = (await runOperation(SourcePanelDocument, variables)).source;
  } catch (error) {
    return (
      <>
        <h1>Source</h1>
        <Panel {...props}>
          <ErrorState error={error} />
        </Panel>
      </>
    );
  }
  if (!source) return <h1>No such source</h1>;
  return (
    <>
      <h1>{sourceName(source)}</h1>
      <p className="lede">
        {source.outlet}
        {source.publishedAt && <>, {formatPartialDate(source.publishedAt)}</>}
      </p>
      <Panel {...props}>
        <dl className="facts profile">
          <dt>Title</dt>
          <dd>
            {source.titleKnown
              ? source.title
              : `Not known: the source is named by its outlet${source.publishedAt ? ' and date' : ''}`}
          </dd>
          <dt>Outlet</dt>
          <dd>{source.outlet}</dd>
          <dt>Kind of outlet</dt>
          <dd>{OUTLET_KINDS[source.outletKind]}</dd>
          <dt>Grade</dt>
          <dd>
            <GradeBadge reliability={source.reliability} /> {RELIABILITY_WORDS[source.reliability]}
            {source.reliabilityNote && <p className="grade-reason">{source.reliabilityNote}</p>}
          </dd>
          <dt>Published</dt>
          <dd>{source.publishedAt ? formatPartialDate(source.publishedAt) : 'Date not recorded'}</dd>
          <dt>Address</dt>
          <dd>
            {source.url && isWebUrl(source.url) ? (
              <a href={source.url} rel="noopener noreferrer" target="_blank" className="url">
                {source.url}
                <span className="visually-hidden"> (opens in a new tab)</span>
              </a>
            ) : source.url ? (
              // Stored before writes checked the scheme: shown as text, never as a link.
              <span className="url">{source.url} (not an http or https address, so not linked)</span>
            ) : (
              'Not online, or not recorded'
            )}
          </dd>
          <dt>Language</dt>
          <dd>{source.language ? languageName(source.language) : 'Not recorded'}</dd>
          {source.retrievedAt && (
            <>
              <dt>Read for this dataset</dt>
              <dd>
                <time dateTime={source.retrievedAt}>{source.retrievedAt}</time>
              </dd>
            </>
          )}
          <dt>Cited by</dt>
          <dd>
            {source.citationCount} record{source.citationCount === 1 ? '' : 's'}
          </dd>
        </dl>
      </Panel>
    </>
  );
}
