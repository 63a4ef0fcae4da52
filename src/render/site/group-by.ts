/**
 * Values grouped by key, each group in the order of `pairs`: one pass where a filter per key
 * (per owner, per team) would go over every item once for each of hundreds of keys.
 */
export function groupBy<T>(pairs: Iterable<readonly [string, T]>): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const [key, value] of pairs) {
    const group = groups.get(key);
    if (group) group.push(value);
    else groups.set(key, [value]);
  }
  return groups;
}
