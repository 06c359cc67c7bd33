import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

// `npm ci` warned EBADENGINE: a locked dependency wanted Node >= 22.19 while package.json says >= 20.19 and
// CI runs Node 20. Every locked package must accept both the lowest Node package.json allows and the
// Node running the tests.
const root = fileURLToPath(new URL('../..', import.meta.url));
const pkg = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));
const lock = JSON.parse(readFileSync(`${root}package-lock.json`, 'utf8'));

type V = [number, number, number];
const parse = (v: string): (number | undefined)[] => v.replace(/^v/, '').split('.').map((p) => (/^\d+$/.test(p) ? Number(p) : undefined));
const cmp = (a: V, b: V) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2];
const full = (p: (number | undefined)[]): V => [p[0] ?? 0, p[1] ?? 0, p[2] ?? 0];

/** One comparator of a semver range, enough for engines fields: >=, >, <=, <, =, ^, ~, and partial versions. */
function comparator(c: string, v: V): boolean {
  const m = /^(>=|<=|>|<|=|\^|~)?\s*(.*)$/.exec(c.trim())!;
  const [op, ver] = [m[1] ?? '', m[2]];
  if (ver === '*' || ver === 'x' || ver === '') return true;
  const p = parse(ver);
  const lo = full(p);
  switch (op) {
    case '>=': return cmp(v, lo) >= 0;
    case '>': return cmp(v, lo) > 0;
    case '<=': return cmp(v, lo) <= 0;
    case '<': return cmp(v, lo) < 0;
    case '^': return cmp(v, lo) >= 0 && (lo[0] > 0 ? v[0] === lo[0] : v[0] === 0 && v[1] === lo[1]);
    case '~': return cmp(v, lo) >= 0 && v[0] === lo[0] && (p[1] === undefined || v[1] === lo[1]);
    default: return p.every((n, i) => n === undefined || n === v[i]);
  }
}

function satisfies(range: string, version: string): boolean {
  const v = full(parse(version));
  return range.split('||').some((part) => part.trim().replace(/(>=|<=|>|<|=|\^|~)\s+/g, '$1').split(/\s+/).filter(Boolean).every((c) => comparator(c, v)));
}

test('every locked package accepts the Node versions package.json allows and the Node running here', () => {
  const lowest = /^>=\s*(\d+(\.\d+){0,2})$/.exec(pkg.engines.node)?.[1];
  expect(lowest, `package.json engines.node "${pkg.engines.node}" is not of the form >=X.Y`).toBeDefined();
  expect(satisfies('>=22.19.0', '20.20.2')).toBe(false); // the evaluator can say no
  expect(satisfies('^20.19.0 || ^22.13.0 || >=24', '20.19.0')).toBe(true);
  const refusing = Object.entries(lock.packages as Record<string, { version?: string; engines?: { node?: string } }>)
    .filter(([, p]) => typeof p.engines?.node === 'string')
    .filter(([, p]) => !satisfies(p.engines!.node!, lowest!) || !satisfies(p.engines!.node!, process.version))
    .map(([name, p]) => `${name}@${p.version} wants node ${p.engines!.node}`);
  expect(refusing).toEqual([]);
});
