/**
 * `derive` made a function that works out its value once per object (a command, a catalog entry:
 * objects that never change) and keeps it with the object, for as long as the object lives. The
 * value is shared: callers read it, never change it.
 */
export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    const derived = derive(key);
    known.set(key, derived);
    return derived;
  };
}
