/** What an answer can be rendered as; `undefined` means the client accepts neither (406). */
export type Rendering = 'json' | 'xml';

interface Range {
  type: string;
  q: number;
}

function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  for (const part of header.split(',')) {
    const [rawType, ...params] = part.split(';');
    const type = rawType.trim().toLowerCase();
    if (!type) continue;
    let q = 1;
    for (const p of params) {
      const [k, v] = p.split('=');
      if (k.trim().toLowerCase() === 'q') q = Number(v);
    }
    if (!Number.isFinite(q)) q = 0;
    ranges.push({ type, q });
  }
  return ranges;
}

function quality(ranges: Range[], media: string): number {
  const [major] = media.split('/');
  let best = -1;
  let specificity = -1;
  for (const r of ranges) {
    const s = r.type === media ? 2 : r.type === `${major}/*` ? 1 : r.type === '*/*' ? 0 : -1;
    if (s > specificity) {
      specificity = s;
      best = r.q;
    }
  }
  return specificity < 0 ? 0 : best;
}

/** JSON unless the client prefers XML; no Accept header means JSON. */
export function negotiate(accept: string | undefined, offers: Rendering[] = ['json', 'xml']): Rendering | undefined {
  if (!accept || accept.trim() === '') return offers[0];
  const ranges = parseAccept(accept);
  let chosen: Rendering | undefined;
  let chosenQ = 0;
  for (const offer of offers) {
    const q = quality(ranges, offer === 'json' ? 'application/json' : 'application/xml');
    if (q > chosenQ) {
      chosen = offer;
      chosenQ = q;
    }
  }
  return chosen;
}
