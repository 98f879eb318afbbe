/**
 * Reading the design's API contract against the served schema with graphql's own
 * findBreakingChanges: a change from the contract to the served schema that would break a
 * client of the contract is a problem. The served schema may add types, fields, enum values and
 * optional arguments; it may not drop or narrow anything, nor change an argument's default.
 */
import {
  buildSchema,
  BreakingChangeType,
  DangerousChangeType,
  findBreakingChanges,
  findDangerousChanges,
  parse,
  type GraphQLSchema,
} from 'graphql';

export interface ContractChange {
  kind: string;
  description: string;
}

/** Breaking kinds that mean "not served (yet)" rather than "served differently". */
const ABSENT = new Set<string>([
  BreakingChangeType.TYPE_REMOVED,
  BreakingChangeType.FIELD_REMOVED,
  BreakingChangeType.ARG_REMOVED,
  BreakingChangeType.VALUE_REMOVED_FROM_ENUM,
  BreakingChangeType.TYPE_REMOVED_FROM_UNION,
  BreakingChangeType.IMPLEMENTED_INTERFACE_REMOVED,
  BreakingChangeType.DIRECTIVE_REMOVED,
]);

export const isAbsence = (change: ContractChange) => ABSENT.has(change.kind);

/** What a client of `contract` would find broken in `served` (and any changed argument default). */
export function contractChanges(contract: GraphQLSchema, served: GraphQLSchema): ContractChange[] {
  const breaking = findBreakingChanges(contract, served);
  const defaults = findDangerousChanges(contract, served).filter(
    (c) => c.type === DangerousChangeType.ARG_DEFAULT_VALUE_CHANGE,
  );
  return [...breaking, ...defaults].map((c) => ({ kind: c.type, description: c.description }));
}

export interface Section {
  name: string;
  sdl: string;
}

/** The sections of a contract file, each headed by a line "# ==== <name>". */
export function contractSections(sdl: string): Section[] {
  const sections: Section[] = [];
  for (const line of sdl.split('\n')) {
    const heading = /^#\s*={4,}\s*(.+?)\s*$/.exec(line);
    if (heading) sections.push({ name: heading[1]!, sdl: '' });
    else if (sections.length > 0) sections.at(-1)!.sdl += `${line}\n`;
  }
  return sections;
}

/** What a section declares: its new types and the fields it adds to existing ones. */
export function declaredMembers(section: Section): string[] {
  const members: string[] = [];
  for (const def of parse(section.sdl).definitions) {
    if (!('name' in def) || !def.name) continue;
    const name = def.name.value;
    if (def.kind.endsWith('Extension') && 'fields' in def) {
      for (const field of def.fields ?? []) members.push(`${name}.${field.name.value}`);
    } else members.push(name);
  }
  return members;
}

export interface SectionReport {
  name: string;
  declared: string[];
  /** Declared members the served schema does not have. */
  absent: string[];
  /** Anything served differently from the contract, or missing inside a served member. */
  incompatible: ContractChange[];
  /** Members missing inside otherwise served members (fields of a served type, enum values...). */
  incomplete: ContractChange[];
}

/** The type or field a removal is about ("Type", "Type.field"), from graphql's description. */
function memberOf(change: ContractChange): string | undefined {
  if (change.kind !== BreakingChangeType.TYPE_REMOVED && change.kind !== BreakingChangeType.FIELD_REMOVED)
    return undefined;
  return /^(\S+) was removed\.$/.exec(change.description)?.[1];
}

/**
 * Each section of `next` over `base` (the first contract file), compared with `served`. A
 * section is built on the base and the sections before it, since it may use their types; its
 * changes are those it adds to what the base alone already gives.
 */
export function sectionReports(base: string, next: string, served: GraphQLSchema): SectionReport[] {
  const known = new Set(contractChanges(buildSchema(base), served).map((c) => c.description));
  let before = base;
  return contractSections(next).map((section) => {
    const sdl = `${before}\n${section.sdl}`;
    before = sdl;
    const changes = contractChanges(buildSchema(sdl), served).filter((c) => !known.has(c.description));
    for (const c of changes) known.add(c.description);
    const declared = declaredMembers(section);
    const absentMembers = new Set(changes.map(memberOf));
    const absent = declared.filter((m) => absentMembers.has(m));
    return {
      name: section.name,
      declared,
      absent,
      incompatible: changes.filter((c) => !isAbsence(c)),
      incomplete: changes.filter((c) => {
        const member = memberOf(c);
        return isAbsence(c) && (member === undefined || !declared.includes(member));
      }),
    };
  });
}
