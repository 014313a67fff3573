import type { Type } from '@nestjs/common';
import DataLoader from 'dataloader';

/**
 * A module's per-request DataLoaders: an injectable in that module (`<module>.loaders.ts`) whose
 * `create` builds them for one request. Resolvers anywhere read them with `ctx.loaders.of(XLoaders)`;
 * no central list names them, so a new module adds its own without editing a shared file.
 */
export interface LoaderSource<T> {
  create(viewer: () => string): T;
}

/** The loaders of one request, each module's set built the first time a resolver asks for it. */
export class RequestLoaders {
  private readonly sets = new Map<Type<LoaderSource<unknown>>, unknown>();

  constructor(
    private readonly resolve: <S>(type: Type<S>) => S,
    /** The signed-in employee's id; read when a loader batches (the guard runs after the context is built). */
    private readonly viewer: () => string,
  ) {}

  of<T>(source: Type<LoaderSource<T>>): T {
    if (!this.sets.has(source)) this.sets.set(source, this.resolve(source).create(this.viewer));
    return this.sets.get(source) as T;
  }
}

/** Rows by id; null where none came back (missing or not visible). */
export function byId<T extends { id: string }>(load: (ids: readonly string[]) => Promise<T[]>): DataLoader<string, T | null> {
  return new DataLoader<string, T | null>(async (ids) => {
    const found = new Map((await load(ids)).map((row) => [row.id, row]));
    return ids.map((id) => found.get(id) ?? null);
  });
}

/** Lists by key; empty where the key has none. */
export function grouped<T>(load: (keys: readonly string[]) => Promise<Map<string, T[]>>): DataLoader<string, T[]> {
  return new DataLoader<string, T[]>(async (keys) => {
    const groups = await load(keys);
    return keys.map((key) => groups.get(key) ?? []);
  });
}

/** Whether each key is in the set that comes back. */
export function flagged(load: (keys: readonly string[]) => Promise<Set<string>>): DataLoader<string, boolean> {
  return new DataLoader<string, boolean>(async (keys) => {
    const set = await load(keys);
    return keys.map((key) => set.has(key));
  });
}

/** A count per key; 0 where none came back. */
export function counted(load: (keys: readonly string[]) => Promise<Map<string, number>>): DataLoader<string, number> {
  return new DataLoader<string, number>(async (keys) => {
    const counts = await load(keys);
    return keys.map((key) => counts.get(key) ?? 0);
  });
}

/** A value per key from a map; `fallback(key)` where none came back. */
export function mapped<T>(load: (keys: readonly string[]) => Promise<Map<string, T>>, fallback: (key: string) => T): DataLoader<string, T> {
  return new DataLoader<string, T>(async (keys) => {
    const found = await load(keys);
    return keys.map((key) => (found.has(key) ? (found.get(key) as T) : fallback(key)));
  });
}
