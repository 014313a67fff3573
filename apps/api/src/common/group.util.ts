/**
 * Appends `value` to the list under `key`, creating it on first use. Linear in the number of
 * values: copying the list on every append (`[...list, value]`) made grouping quadratic, 50 million
 * element copies for the 10,000 employees of one activity.
 */
export function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Groups values by a key, keeping their order within each group. */
export function groupBy<K, V>(values: Iterable<V>, keyOf: (value: V) => K): Map<K, V[]> {
  const grouped = new Map<K, V[]>();
  for (const value of values) pushTo(grouped, keyOf(value), value);
  return grouped;
}
