/**
 * Answers of a pure function remembered by key, for the few dates and
 * periods views ask about again and again (a schedule's dates for every
 * firm, the same dates in every row of a report). The map is emptied when it
 * holds more than `limit` answers, so it never grows without bound.
 */
export function remembered<V>(map: Map<string, V>, key: string, make: () => V, limit = 10_000): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make();
    if (map.size > limit) map.clear();
    map.set(key, value);
  }
  return value;
}
