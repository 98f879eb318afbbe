import type { AllianceKindValue, AllianceRow, MembershipRow, OfficeRow, OfficeStatusValue } from '../rows';
import { groupedOn, parseList, keyedLookupsOn } from './batch';
import type { Sql } from '../sql';
import { nullsFirst } from '../order';

const ALLIANCE_COLUMNS = `al.id, al.key, al.name, al.acronym, al.kind, al.lead_id AS leadId, al.since, al.until, al.areas`;
const MEMBERSHIP_COLUMNS = `m.id, m.key, m.actor_id AS actorId, m.alliance_id AS allianceId, m.role, m.status, m.since`;
const OFFICE_COLUMNS = `o.id, o.key, o.name, o.owner_id AS ownerId, o.host_id AS hostId, o.city, o.status,
  o.opened_on AS openedOn`;

type AllianceRaw = Omit<AllianceRow, 'areas'> & { areas: string };
const toAlliance = (raw: AllianceRaw): AllianceRow => ({ ...raw, areas: parseList(raw.areas) });

export function allianceRepository(sql: Sql) {
  const allianceLookups = keyedLookupsOn(sql, ALLIANCE_COLUMNS, 'alliances al', toAlliance);
  const membershipLookups = keyedLookupsOn(sql, MEMBERSHIP_COLUMNS, 'memberships m', (r: MembershipRow) => r);
  const officeLookups = keyedLookupsOn(sql, OFFICE_COLUMNS, 'offices o', (r: OfficeRow) => r);
  // Start dates may be unknown: those come first on both engines.
  const first = nullsFirst(sql);
  const membershipsBy = (column: 'actor_id' | 'alliance_id', ids: readonly number[]) =>
    groupedOn(
      sql,
      `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships m WHERE m.${column} IN (:ids)
       ORDER BY m.${column}, m.since${first}, m.id`,
      ids,
      (r: MembershipRow) => (column === 'actor_id' ? r.actorId : r.allianceId),
      (r) => r,
    );
  const officesBy = (column: 'owner_id' | 'host_id', ids: readonly number[]) =>
    groupedOn(
      sql,
      `SELECT ${OFFICE_COLUMNS} FROM offices o WHERE o.${column} IN (:ids) ORDER BY o.id`,
      ids,
      (r: OfficeRow) => (column === 'owner_id' ? r.ownerId : r.hostId),
      (r) => r,
    );
  return {
    byIds: allianceLookups.byIds,
    byKeys: allianceLookups.byKeys,
    async list(kind: AllianceKindValue | null): Promise<AllianceRow[]> {
      const raws = await sql.all<AllianceRaw>(
        `SELECT ${ALLIANCE_COLUMNS} FROM alliances al ${kind == null ? '' : 'WHERE al.kind = ?'}
         ORDER BY al.since${first}, al.name, al.id`,
        kind == null ? [] : [kind],
      );
      return raws.map(toAlliance);
    },
    membershipsByIds: membershipLookups.byIds,
    membershipsByKeys: membershipLookups.byKeys,
    membershipsOfActors: (actorIds: readonly number[]) => membershipsBy('actor_id', actorIds),
    membershipsOfAlliances: (allianceIds: readonly number[]) => membershipsBy('alliance_id', allianceIds),
    officesByIds: officeLookups.byIds,
    officesByKeys: officeLookups.byKeys,
    offices(status: OfficeStatusValue | null): Promise<OfficeRow[]> {
      return sql.all<OfficeRow>(
        `SELECT ${OFFICE_COLUMNS} FROM offices o ${status == null ? '' : 'WHERE o.status = ?'}
         ORDER BY o.opened_on${first}, o.name, o.id`,
        status == null ? [] : [status],
      );
    },
    /** Offices an actor owns or hosts. */
    officesOfActors: async (actorIds: readonly number[]) => {
      const [owned, hosted] = await Promise.all([
        officesBy('owner_id', actorIds),
        officesBy('host_id', actorIds),
      ]);
      return actorIds.map((_, i) => [...(owned[i] ?? []), ...(hosted[i] ?? [])]);
    },
  };
}
