/**
 * A Store whose every answer arrives a macrotask late, as a database across a socket answers:
 * what resolves only after the event loop turns shows any read the API takes as settled at once.
 */
import type { Store } from '../../data/store/store';

/** A page's count, read when asked, arrives late too. */
function delayedAnswer(value: unknown, later: <T>(value: T) => Promise<T>): unknown {
  if (typeof value !== 'object' || value === null || !('totalCount' in value)) return value;
  const page = value as { totalCount: () => Promise<unknown>; totalCountBound: () => Promise<unknown> };
  return {
    ...page,
    totalCount: () => page.totalCount().then(later),
    totalCountBound: () => page.totalCountBound().then(later),
  };
}

function delayedMethods<R extends object>(repository: R, later: <T>(value: T) => Promise<T>): R {
  const methods = Object.entries(repository as Record<string, (...args: unknown[]) => Promise<unknown>>);
  return Object.fromEntries(
    methods.map(([name, method]) => [
      name,
      (...args: unknown[]) =>
        method.apply(repository, args).then(
          (value) => later(delayedAnswer(value, later)),
          (error: unknown) => later(null).then(() => Promise.reject(error as Error)),
        ),
    ]),
  ) as R;
}

/** `store`, each answer handed over after a macrotask; `onAnswer` counts them. */
export function delayedStore(store: Store, onAnswer: () => void = () => {}): Store {
  const later = <T>(value: T): Promise<T> =>
    new Promise((resolve) =>
      setImmediate(() => {
        onAnswer();
        resolve(value);
      }),
    );
  const { version, requestVersion, ...repositories } = store;
  const delayed = Object.fromEntries(
    Object.entries(repositories).map(([name, repository]) => [name, delayedMethods(repository, later)]),
  ) as Omit<Store, 'version' | 'requestVersion'>;
  return {
    ...delayed,
    version: () => version().then(later),
    requestVersion: () => {
      const read = requestVersion();
      return () => read().then(later);
    },
  };
}
