/**
 * The value kept under `key` in `store` (a Map or a WeakMap), made with `make` and kept the first time it is
 * asked for. Values are never undefined.
 * @example const board = madeOnce(boards, snapshot, () => rollCallBoard(snapshot));
 */
export function madeOnce<K, V>(store: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = store.get(key);
  if (value === undefined) {
    value = make();
    store.set(key, value);
  }
  return value;
}
