/**
 * The one interface resolvers reach the data through. Only the repositories behind it
 * speak SQL, so another database can take SQLite's place by providing the same methods.
 */
import 'server-only';
import type { Db } from './open';
import { actorRepository } from './repositories/actors';
import { actorNames } from './repositories/actor-names';
import { statementRepository } from './repositories/statements';
import { eventRepository } from './repositories/events';
import { sourceRepository } from './repositories/sources';
import { sanctionRepository } from './repositories/sanctions';
import { allianceRepository } from './repositories/alliances';
import { overviewRepository } from './repositories/overview';
import { relationRepository } from './repositories/relations';
import { aggregateRepository } from './repositories/aggregates';
import { pairTensionRepository } from './repositories/pair-tension';
import { revisionRepository } from './repositories/revisions';
import { retractedRepository } from './repositories/retracted';
import { recentRevisionRepository } from './repositories/recent-revisions';
import { dataVersion } from './version';

export function createStore(db: Db) {
  return {
    actors: actorRepository(db),
    actorNames: actorNames(db),
    statements: statementRepository(db),
    events: eventRepository(db),
    sources: sourceRepository(db),
    sanctions: sanctionRepository(db),
    alliances: allianceRepository(db),
    overview: overviewRepository(db),
    relations: relationRepository(db),
    aggregates: aggregateRepository(db),
    pairTension: pairTensionRepository(db),
    revisions: revisionRepository(db),
    retracted: retractedRepository(db),
    recentRevisions: recentRevisionRepository(db),
    /** Changes whenever the stored data does: the key for caches of derived answers. */
    version: () => dataVersion(db),
  };
}

export type Store = ReturnType<typeof createStore>;
