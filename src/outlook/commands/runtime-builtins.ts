/**
 * The few library functions newer than ES2016 that the on-send bundle uses (the
 * engine, zod and this code), supplied when the runtime lacks them. Classic Outlook
 * on Windows before build 2403 runs the handler in a JavaScript-only runtime held to
 * ES2016. Written out here because core-js's automatic polyfills for that target
 * more than doubled the bundle. Imported first by commands.ts, before zod loads.
 */

type Obj = Record<string, unknown>;

function define(target: object, name: string, value: unknown): void {
  if (!(name in target)) Object.defineProperty(target, name, { value, writable: true, configurable: true });
}

const root: Obj = (function findGlobal(this: unknown) {
  // `this` at the top of a non-strict function is the global object in every runtime.
  return (typeof self !== 'undefined' ? self : (this as Obj) || Function('return this')()) as Obj;
})();

define(root, 'globalThis', root);

define(Object, 'entries', function entries(o: Obj) {
  return Object.keys(o).map((k) => [k, o[k]]);
});
define(Object, 'values', function values(o: Obj) {
  return Object.keys(o).map((k) => o[k]);
});
define(Object, 'fromEntries', function fromEntries(pairs: Iterable<[PropertyKey, unknown]>) {
  const out: Record<PropertyKey, unknown> = {};
  for (const [k, v] of Array.from(pairs)) out[k] = v;
  return out;
});
define(Object, 'getOwnPropertyDescriptors', function getOwnPropertyDescriptors(o: object) {
  const out: Record<PropertyKey, PropertyDescriptor> = {};
  for (const k of Reflect.ownKeys(o)) out[k as string] = Object.getOwnPropertyDescriptor(o, k) as PropertyDescriptor;
  return out;
});
define(Array.prototype, 'flatMap', function flatMap<T, U>(this: T[], fn: (v: T, i: number, a: T[]) => U | U[], thisArg?: unknown) {
  const out: U[] = [];
  this.forEach((v, i, a) => {
    const r = fn.call(thisArg, v, i, a);
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  });
  return out;
});
/**
 * From the end, one character at a time: `replace(/[\s\uFEFF\xA0]+$/, '')` tried the run from
 * each of its characters in turn, so a sentence with a long run of spaces inside it was quadratic.
 */
define(String.prototype, 'trimEnd', function trimEnd(this: string) {
  const text = String(this);
  let end = text.length;
  while (end > 0 && /[\s\uFEFF\xA0]/.test(text.charAt(end - 1))) end--;
  return text.slice(0, end);
});
define(String.prototype, 'trimStart', function trimStart(this: string) {
  return String(this).replace(/^[\s\uFEFF\xA0]+/, '');
});

export {};
