import type {
  CredibilityValue,
  FigureMetric,
  FigureRow,
  SanctionCountsRow,
  SanctionDesignationRow,
  SanctionPackageRow,
  SanctionRegimeRow,
  StorePage,
} from '../rows';
import type { BoundValue } from '../../quantity';
import { keysetPageOn, placeholders } from '../keyset';
import { alignedOn, groupedOn, parseList, keyedLookupsOn } from './batch';
import type { Sql } from '../sql';
import { nullsFirst } from '../order';

export const REGIME_COLUMNS = `r.id, r.key, r.imposer_id AS imposerId, r.target_id AS targetId, r.since,
  r.responds_to_id AS respondsToId`;

export const PACKAGE_COLUMNS = `p.id, p.key, p.regime_id AS regimeId, p.ordinal, p.date, p.date_start AS dateStart,
  p.title, p.measures, p.designated_individuals AS designatedIndividuals,
  p.designated_entities AS designatedEntities, p.cameo_code AS cameoCode, p.intensity`;

export const DESIGNATION_COLUMNS = `d.id, d.key, d.regime_id AS regimeId, d.designee_id AS designeeId, d.authority,
  d.program, d.listed_on AS listedOn, d.start_date AS startDate, d.end_date AS endDate, d.status,
  d.source_url AS sourceUrl, d.origin_dataset AS originDataset`;

type PackageRaw = Omit<SanctionPackageRow, 'measures'> & { measures: string };
const toPackage = (raw: PackageRaw): SanctionPackageRow => ({ ...raw, measures: parseList(raw.measures) });

type DesignationRaw = SanctionDesignationRow & { sortDate: string };

export interface FigureRaw {
  regimeId: number;
  packageId: number | null;
  metric: FigureMetric;
  position: number;
  value: number;
  bound: BoundValue;
  unit: string;
  text: string | null;
  sourceId: number;
  excerpt: string | null;
  note: string | null;
  viaId: number | null;
  claimantId: number | null;
  date: string;
  credibility: CredibilityValue;
  inference: string | null;
}

export const toFigure = (r: FigureRaw): FigureRow => ({
  regimeId: r.regimeId,
  packageId: r.packageId,
  metric: r.metric,
  position: r.position,
  quantity: { value: r.value, bound: r.bound, unit: r.unit, text: r.text },
  claimantId: r.claimantId,
  date: r.date,
  evidence: {
    sourceId: r.sourceId,
    excerpt: r.excerpt,
    note: r.note,
    viaId: r.viaId,
    credibility: r.credibility,
    inference: r.inference,
  },
});

/**
 * package_figures numbers a package's claims across metrics; this counts within the claim's
 * metric, so that position 0 is the package's own figure for it.
 */
const PACKAGE_POSITION = `(SELECT count(*) FROM package_figures g
  WHERE g.package_id = f.package_id AND g.metric = f.metric AND g.position < f.position)`;

/** A claim's columns, from regime_figures or package_figures (`t` is the table's alias and dot). */
const claimColumns = (t: string) =>
  `${t}metric, ${t === 'f.' ? PACKAGE_POSITION : `${t}position`} AS position, ${t}value, ${t}bound, ${t}unit, ${t}text, ${t}source_id AS sourceId, ${t}excerpt,
   ${t}note, ${t}via_id AS viaId, ${t}claimant_id AS claimantId, ${t}claimed_on AS date, ${t}credibility,
   ${t}inference`;

/** The claims of the packages whose ids fill the list `ids`, by package, per metric, its own figure first. */
export const packageClaimsSql = (ids: string) => `SELECT p.regime_id AS regimeId, f.package_id AS packageId,
  ${claimColumns('f.')}
  FROM package_figures f JOIN sanction_packages p ON p.id = f.package_id
  WHERE f.package_id IN (${ids}) ORDER BY f.package_id, f.metric, f.position`;
const PACKAGE_CLAIMS_SQL = packageClaimsSql(':ids');

export interface RegimeFilterArgs {
  imposer?: string | null;
  target?: string | null;
}

/**
 * A regime is listed while it holds something: a live package, a designation or a reported
 * figure. One an analyst opened with a package, whose only package was then retracted, holds
 * nothing and leaves every list of regimes (it stays readable by key and id: the retracted
 * package's page names it). Each test reads one index entry at most.
 */
const HOLDS_SOMETHING = `(EXISTS (SELECT 1 FROM sanction_packages hp WHERE hp.regime_id = r.id)
  OR EXISTS (SELECT 1 FROM sanction_designations hd WHERE hd.regime_id = r.id)
  OR EXISTS (SELECT 1 FROM regime_figures hf WHERE hf.regime_id = r.id))`;

export function sanctionRepository(sql: Sql) {
  const regimeLookups = keyedLookupsOn(
    sql,
    REGIME_COLUMNS,
    'sanction_regimes r',
    (r: SanctionRegimeRow) => r,
  );
  const packageLookups = keyedLookupsOn(sql, PACKAGE_COLUMNS, 'sanction_packages p', toPackage);
  // A regime's start may be unknown: such regimes come first on both engines.
  const regimeOrder = `r.since${nullsFirst(sql)}, r.id`;
  const regimesWhere = (column: string, ids: readonly number[]) =>
    groupedOn(
      sql,
      `SELECT ${REGIME_COLUMNS} FROM sanction_regimes r WHERE r.${column} IN (:ids) AND ${HOLDS_SOMETHING}
       ORDER BY r.id`,
      ids,
      (r: SanctionRegimeRow) =>
        (column === 'imposer_id'
          ? r.imposerId
          : column === 'target_id'
            ? r.targetId
            : r.respondsToId) as number,
      (r) => r,
    );
  async function countDesignations(regimeIds: readonly number[]): Promise<SanctionCountsRow[]> {
    const rows = await groupedOn(
      sql,
      `SELECT d.regime_id AS regimeId, count(*) AS designations,
           count(DISTINCT CASE WHEN a.kind = 'PERSON' THEN a.id END) AS individuals,
           count(DISTINCT CASE WHEN a.kind <> 'PERSON' THEN a.id END) AS entities
         FROM sanction_designations d JOIN actors a ON a.id = d.designee_id
         WHERE d.regime_id IN (:ids) GROUP BY d.regime_id`,
      regimeIds,
      (r: SanctionCountsRow & { regimeId: number }) => r.regimeId,
      ({ regimeId: _, ...counts }): SanctionCountsRow => counts,
    );
    return rows.map((list) => list[0] ?? { individuals: 0, entities: 0, designations: 0 });
  }
  return {
    regimesByIds: regimeLookups.byIds,
    regimesByKeys: regimeLookups.byKeys,
    regimesImposedBy: (actorIds: readonly number[]) => regimesWhere('imposer_id', actorIds),
    regimesReceivedBy: (actorIds: readonly number[]) => regimesWhere('target_id', actorIds),
    /** Regimes answering each regime: counter-measures. */
    responsesTo: (regimeIds: readonly number[]) => regimesWhere('responds_to_id', regimeIds),
    regimes(filter: RegimeFilterArgs): Promise<SanctionRegimeRow[]> {
      const where: string[] = [HOLDS_SOMETHING];
      const params: unknown[] = [];
      if (filter.imposer != null) {
        where.push('r.imposer_id = (SELECT id FROM actors WHERE key = ?)');
        params.push(filter.imposer);
      }
      if (filter.target != null) {
        where.push('r.target_id = (SELECT id FROM actors WHERE key = ?)');
        params.push(filter.target);
      }
      const text = `SELECT ${REGIME_COLUMNS} FROM sanction_regimes r WHERE ${where.join(' AND ')} ORDER BY ${regimeOrder}`;
      // The overview asks for the same pair's regimes on every visit; they change only with the data.
      return sql.memo(`${text}|${JSON.stringify(params)}`, () => sql.all<SanctionRegimeRow>(text, params));
    },
    /** Regimes either way between two sets of actors. */
    async regimesBetween(aIds: readonly number[], bIds: readonly number[]): Promise<SanctionRegimeRow[]> {
      // No regime is between a side and nobody (and PostgreSQL cannot write `IN ()`).
      if (aIds.length === 0 || bIds.length === 0) return [];
      const a = placeholders(aIds.length);
      const b = placeholders(bIds.length);
      return sql.all<SanctionRegimeRow>(
        `SELECT ${REGIME_COLUMNS} FROM sanction_regimes r
           WHERE ((r.imposer_id IN ${a} AND r.target_id IN ${b}) OR (r.imposer_id IN ${b} AND r.target_id IN ${a}))
             AND ${HOLDS_SOMETHING}
           ORDER BY ${regimeOrder}`,
        [...aIds, ...bIds, ...bIds, ...aIds],
      );
    },
    /** Whether each regime holds something, so that lists (search among them) name it. */
    regimesHolding: async (regimeIds: readonly number[]): Promise<boolean[]> => {
      const holding = await alignedOn(
        sql,
        `SELECT r.id FROM sanction_regimes r WHERE ${HOLDS_SOMETHING} AND r.id`,
        regimeIds,
        (r: { id: number }) => r.id,
        () => true,
      );
      return holding.map((held) => held === true);
    },
    figuresOf: (regimeIds: readonly number[]) =>
      groupedOn(
        sql,
        `SELECT regime_id AS regimeId, NULL AS packageId, ${claimColumns('')} FROM regime_figures
         WHERE regime_id IN (:ids) ORDER BY regime_id, metric, position`,
        regimeIds,
        (r: FigureRaw) => r.regimeId,
        toFigure,
      ),
    /**
     * Every dated claim of each regime: its running totals and its packages' counts, oldest
     * first (by the first day of the claim's date); the regime's own before its packages' on a
     * day, then in the order loaded.
     */
    async claimsOf(regimeIds: readonly number[]): Promise<FigureRow[][]> {
      if (regimeIds.length === 0) return [];
      const ids = placeholders(regimeIds.length);
      const raws = await sql.all<FigureRaw>(
        `SELECT * FROM (
             SELECT regime_id AS regimeId, NULL AS packageId, ${claimColumns('')}, claimed_start AS start, 0 AS kind
               FROM regime_figures WHERE regime_id IN ${ids} AND claimed_on IS NOT NULL
             UNION ALL
             SELECT p.regime_id, f.package_id, ${claimColumns('f.')}, f.claimed_start, 1
               FROM package_figures f JOIN sanction_packages p ON p.id = f.package_id WHERE p.regime_id IN ${ids}
           ) AS claims ORDER BY regimeId, start${nullsFirst(sql)}, kind, packageId, metric, position`,
        [...regimeIds, ...regimeIds],
      );
      const groups = new Map<number, FigureRow[]>();
      for (const raw of raws) {
        const list = groups.get(raw.regimeId) ?? [];
        list.push(toFigure(raw));
        groups.set(raw.regimeId, list);
      }
      return regimeIds.map((id) => groups.get(id) ?? []);
    },
    /** Each package's claims, per metric, its own figure first. */
    packageClaimsOf: (packageIds: readonly number[]) =>
      groupedOn(sql, PACKAGE_CLAIMS_SQL, packageIds, (r: FigureRaw) => r.packageId as number, toFigure),
    packagesByIds: packageLookups.byIds,
    packagesByKeys: packageLookups.byKeys,
    /** Each regime's packages, oldest first. */
    packagesOf: (regimeIds: readonly number[]) =>
      groupedOn(
        sql,
        `SELECT ${PACKAGE_COLUMNS} FROM sanction_packages p WHERE p.regime_id IN (:ids)
         ORDER BY p.regime_id, p.date_start, p.id`,
        regimeIds,
        (r: PackageRaw) => r.regimeId,
        toPackage,
      ),
    /** Counts from the designations held, by the designee's kind. */
    countedFor(regimeIds: readonly number[]): Promise<SanctionCountsRow[]> {
      // Counting a regime's listings visits each of them: remembered until the data changes.
      return sql.memo(`counted|${regimeIds.join(',')}`, () => countDesignations(regimeIds));
    },
    designationsByKeys: (keys: readonly string[]) =>
      alignedOn(
        sql,
        `SELECT ${DESIGNATION_COLUMNS} FROM sanction_designations d WHERE d.key`,
        keys,
        (r: DesignationRaw) => r.key,
        (r) => r,
      ),
    designationsByIds: (ids: readonly number[]) =>
      alignedOn(
        sql,
        `SELECT ${DESIGNATION_COLUMNS} FROM sanction_designations d WHERE d.id`,
        ids,
        (r: DesignationRaw) => r.id,
        (r) => r,
      ),
    /** A regime's designations, newest listing first. */
    designationPage(
      regimeId: number,
      after: unknown[] | null,
      first: number,
    ): Promise<StorePage<SanctionDesignationRow>> {
      return keysetPageOn(sql, {
        select: `${DESIGNATION_COLUMNS}, d.sort_date AS sortDate`,
        from: 'sanction_designations d',
        where: ['d.regime_id = ?'],
        params: [regimeId],
        orderBy: ['d.sort_date', 'd.id'],
        direction: 'DESC',
        start: after,
        size: first,
        map: ({ sortDate: _, ...row }: DesignationRaw): SanctionDesignationRow => row,
        positionOf: (r: DesignationRaw) => [r.sortDate, r.id],
      });
    },
  };
}
