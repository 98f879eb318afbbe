import type { Db } from '../open';
import type { AllianceKindValue, AllianceRow, MembershipRow, OfficeRow, OfficeStatusValue } from '../rows';
import { groupedBy, parseList, keyedLookups } from './batch';
import { prepared } from '../prepared';

const ALLIANCE_COLUMNS = `al.id, al.key, al.name, al.acronym, al.kind, al.lead_id AS leadId, al.since, al.until, al.areas`;
const MEMBERSHIP_COLUMNS = `m.id, m.key, m.actor_id AS actorId, m.alliance_id AS allianceId, m.role, m.status, m.since`;
const OFFICE_COLUMNS = `o.id, o.key, o.name, o.owner_id AS ownerId, o.host_id AS hostId, o.city, o.status,
  o.opened_on AS openedOn`;

type AllianceRaw = Omit<AllianceRow, 'areas'> & { areas: string };
const toAlliance = (raw: AllianceRaw): AllianceRow => ({ ...raw, areas: parseList(raw.areas) });

export function allianceRepository(db: Db) {
  const allianceLookups = keyedLookups(db, ALLIANCE_COLUMNS, 'alliances al', toAlliance);
  const membershipLookups = keyedLookups(db, MEMBERSHIP_COLUMNS, 'memberships m', (r: MembershipRow) => r);
  const officeLookups = keyedLookups(db, OFFICE_COLUMNS, 'offices o', (r: OfficeRow) => r);
  return {
    byIds: allianceLookups.byIds,
    byKeys: allianceLookups.byKeys,
    list(kind: AllianceKindValue | null): AllianceRow[] {
      const raws = prepared(
        db,
        `SELECT ${ALLIANCE_COLUMNS} FROM alliances al WHERE ? IS NULL OR al.kind = ? ORDER BY al.since, al.name, al.id`,
      ).all(kind, kind) as AllianceRaw[];
      return raws.map(toAlliance);
    },
    membershipsByIds: membershipLookups.byIds,
    membershipsByKeys: membershipLookups.byKeys,
    membershipsOfActors: (actorIds: readonly number[]) =>
      groupedBy(
        db,
        `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships m WHERE m.actor_id IN (:ids) ORDER BY m.actor_id, m.since, m.id`,
        actorIds,
        (r: MembershipRow) => r.actorId,
        (r) => r,
      ),
    membershipsOfAlliances: (allianceIds: readonly number[]) =>
      groupedBy(
        db,
        `SELECT ${MEMBERSHIP_COLUMNS} FROM memberships m WHERE m.alliance_id IN (:ids) ORDER BY m.alliance_id, m.since, m.id`,
        allianceIds,
        (r: MembershipRow) => r.allianceId,
        (r) => r,
      ),
    officesByIds: officeLookups.byIds,
    officesByKeys: officeLookups.byKeys,
    offices(status: OfficeStatusValue | null): OfficeRow[] {
      return prepared(
        db,
        `SELECT ${OFFICE_COLUMNS} FROM offices o WHERE ? IS NULL OR o.status = ? ORDER BY o.opened_on, o.name, o.id`,
      ).all(status, status) as OfficeRow[];
    },
    /** Offices an actor owns or hosts. */
    officesOfActors: (actorIds: readonly number[]) => {
      const owned = groupedBy(
        db,
        `SELECT ${OFFICE_COLUMNS} FROM offices o WHERE o.owner_id IN (:ids) ORDER BY o.id`,
        actorIds,
        (r: OfficeRow) => r.ownerId,
        (r) => r,
      );
      const hosted = groupedBy(
        db,
        `SELECT ${OFFICE_COLUMNS} FROM offices o WHERE o.host_id IN (:ids) ORDER BY o.id`,
        actorIds,
        (r: OfficeRow) => r.hostId,
        (r) => r,
      );
      return actorIds.map((_, i) => [...(owned[i] ?? []), ...(hosted[i] ?? [])]);
    },
  };
}
