/**
 * The data version a request under way reads at, for a runner's cached answers (`memo`): a
 * request reads the version once, however many cached counts it asks for, and every count of
 * one answer is of the same data. The scope is entered around a request's execution
 * (graphql/http-adapter.ts); outside one, each cached answer reads the version itself.
 */
import { AsyncLocalStorage } from 'node:async_hooks';

type HeldVersions = Map<object, () => Promise<string>>;

const requests = new AsyncLocalStorage<HeldVersions>();

/** Runs `run` as one request: runners' versions held within it are its own. */
export function withinRequest<T>(run: () => T): T {
  return requests.run(new Map(), run);
}

/** Notes that the request under way reads `runner`'s data at `version`. */
export function holdRequestVersion(runner: object, version: () => Promise<string>): void {
  requests.getStore()?.set(runner, version);
}

/** The version the request under way reads `runner`'s data at, if it holds one. */
export function heldRequestVersion(runner: object): (() => Promise<string>) | undefined {
  return requests.getStore()?.get(runner);
}
