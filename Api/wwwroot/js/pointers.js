// JSON Pointers (RFC 6901) into a report: the API names every cell by one (/applications/newlyReceived/total).

export function segments(pointer) {
  return pointer.split('/').slice(1).map(s => s.replaceAll('~1', '/').replaceAll('~0', '~'));
}

/** Sets `value` at `pointer` in `target`, making the objects on the way. */
export function setAt(target, pointer, value) {
  const path = segments(pointer);
  let node = target;
  for (const name of path.slice(0, -1)) {
    if (typeof node[name] !== 'object' || node[name] === null) node[name] = {};
    node = node[name];
  }
  node[path.at(-1)] = value;
}

export function getAt(source, pointer) {
  let node = source;
  for (const name of segments(pointer)) {
    if (node === null || node === undefined) return undefined;
    node = node[name];
  }
  return node;
}
