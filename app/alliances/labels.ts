import type {
  AllianceKind,
  MembershipRole,
  MembershipStatus,
  OfficeStatus,
} from '@/graphql/__generated__/client/graphql';

/** The API's enums in words, for the alliances screen. */
export const ALLIANCE_KIND: Record<AllianceKind, string> = {
  ALLIANCE: 'Alliance',
  PARTNERSHIP_PROGRAMME: 'Partnership programme',
  INITIATIVE: 'Initiative',
  STRATEGY: 'Strategy',
};

export const ROLE: Record<MembershipRole, string> = {
  MEMBER: 'Member',
  PARTNER: 'Partner',
  PARTICIPANT: 'Participant',
  PROPONENT: 'Proponent',
  OBSERVER: 'Observer',
};

export const MEMBERSHIP_STATUS: Record<MembershipStatus, string> = {
  ACTIVE: 'Active',
  INTENDED: 'Intended',
  SUSPENDED: 'Suspended',
  ENDED: 'Ended',
};

export const OFFICE_STATUS: Record<OfficeStatus, string> = {
  OPEN: 'Open',
  PROPOSED: 'Proposed',
  CLOSED: 'Closed',
};

/** "North Atlantic Treaty Organization (NATO)". */
export function allianceName(a: { name: string; acronym?: string | null }): string {
  return a.acronym ? `${a.name} (${a.acronym})` : a.name;
}
