// The part of Kibana Query Language (KQL) the local Tenor understands, as Tenor's documentation uses it:
// field:value (quoted or not, * as wildcard), field:* (exists), field:(a or b), ranges with < <= > >= and
// [a to b], AND / OR / NOT in any case, parentheses, and a bare value matched against every field.
// Nested queries (field:{…}) are refused by name. No npm package parses KQL and is kept up (the one
// published fork of Kibana's grammar has no repository and pins 2018 dependencies), hence this one.

export class KqlError extends Error {
  constructor(
    message: string,
    /** 0-based character offset in the query. */
    readonly posisjon: number,
  ) {
    super(`${message} at position ${posisjon}`);
    this.name = 'KqlError';
  }
}

export type Kql =
  | { type: 'og' | 'eller'; ledd: Kql[] }
  | { type: 'ikke'; ledd: Kql }
  | { type: 'lik'; felt: string | undefined; verdi: string; sitert: boolean }
  | { type: 'finnes'; felt: string }
  | { type: 'omraade'; felt: string; fra?: string; til?: string; fraMed: boolean; tilMed: boolean }
  | { type: 'alle' };

type Symbol = '(' | ')' | ':' | '<' | '<=' | '>' | '>=' | '[' | ']' | '{' | '}';
interface Token {
  type: 'symbol' | 'ord' | 'sitat' | 'slutt';
  tekst: string;
  pos: number;
}

const SYMBOLER = new Set(['(', ')', ':', '<', '>', '[', ']', '{', '}']);

function tokens(kql: string): Token[] {
  const ut: Token[] = [];
  let i = 0;
  while (i < kql.length) {
    const c = kql[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === '"') {
      const start = i++;
      let tekst = '';
      while (i < kql.length && kql[i] !== '"') {
        if (kql[i] === '\\' && i + 1 < kql.length) i++;
        tekst += kql[i++];
      }
      if (i >= kql.length) throw new KqlError('unterminated quoted value', start);
      i++;
      ut.push({ type: 'sitat', tekst, pos: start });
    } else if (SYMBOLER.has(c)) {
      const to = (c === '<' || c === '>') && kql[i + 1] === '=';
      ut.push({ type: 'symbol', tekst: to ? `${c}=` : c, pos: i });
      i += to ? 2 : 1;
    } else {
      const start = i;
      let tekst = '';
      while (i < kql.length && !/\s/.test(kql[i]) && !SYMBOLER.has(kql[i]) && kql[i] !== '"') {
        if (kql[i] === '\\' && i + 1 < kql.length) i++;
        tekst += kql[i++];
      }
      ut.push({ type: 'ord', tekst, pos: start });
    }
  }
  ut.push({ type: 'slutt', tekst: '', pos: kql.length });
  return ut;
}

const shown = (t: Token): string => (t.type === 'slutt' ? 'the end of the query' : `"${t.tekst}"`);

class Parser {
  private i = 0;
  constructor(private readonly t: Token[]) {}

  private get naa(): Token {
    return this.t[this.i];
  }
  private er(symbol: Symbol): boolean {
    return this.naa.type === 'symbol' && this.naa.tekst === symbol;
  }
  private nokkelord(ord: string): boolean {
    return this.naa.type === 'ord' && this.naa.tekst.toLowerCase() === ord;
  }
  private forvent(symbol: Symbol, etter: string): void {
    if (!this.er(symbol)) throw new KqlError(`expected "${symbol}" ${etter}, got ${shown(this.naa)}`, this.naa.pos);
    this.i++;
  }

  private slutt(): boolean {
    return this.naa.type === 'slutt';
  }

  spoerring(): Kql {
    if (this.slutt()) return { type: 'alle' };
    const q = this.eller(false);
    if (!this.slutt()) {
      throw new KqlError(`expected AND, OR or the end of the query, got ${shown(this.naa)}`, this.naa.pos);
    }
    return q;
  }

  /** `felt` set: inside field:( … ), where every leaf is a value of that field. */
  private eller(iVerdi: boolean, felt?: string): Kql {
    const ledd = [this.og(iVerdi, felt)];
    while (this.nokkelord('or')) {
      this.i++;
      ledd.push(this.og(iVerdi, felt));
    }
    return ledd.length === 1 ? ledd[0] : { type: 'eller', ledd };
  }

  private og(iVerdi: boolean, felt?: string): Kql {
    const ledd = [this.ikke(iVerdi, felt)];
    while (this.nokkelord('and')) {
      this.i++;
      ledd.push(this.ikke(iVerdi, felt));
    }
    return ledd.length === 1 ? ledd[0] : { type: 'og', ledd };
  }

  private ikke(iVerdi: boolean, felt?: string): Kql {
    if (this.nokkelord('not')) {
      this.i++;
      return { type: 'ikke', ledd: this.ikke(iVerdi, felt) };
    }
    if (this.er('(')) {
      const start = this.naa.pos;
      this.i++;
      const q = this.eller(iVerdi, felt);
      if (!this.er(')')) throw new KqlError(`expected ")" to close the "(" at position ${start}, got ${shown(this.naa)}`, this.naa.pos);
      this.i++;
      return q;
    }
    return iVerdi ? this.verdi(felt!) : this.ledd();
  }

  private verdi(felt: string | undefined): Kql {
    const t = this.naa;
    if (t.type !== 'ord' && t.type !== 'sitat') throw new KqlError(`expected a value, got ${shown(t)}`, t.pos);
    this.i++;
    return { type: 'lik', felt, verdi: t.tekst, sitert: t.type === 'sitat' };
  }

  /** field:value, field:*, field:(…), field:[a to b], field < v, or a bare value. */
  private ledd(): Kql {
    const t = this.naa;
    if (t.type === 'sitat') {
      this.i++;
      return { type: 'lik', felt: undefined, verdi: t.tekst, sitert: true };
    }
    if (t.type !== 'ord') throw new KqlError(`expected a field or a value, got ${shown(t)}`, t.pos);
    this.i++;
    const felt = t.tekst;
    if (this.er(':')) {
      this.i++;
      if (this.er('{')) throw new KqlError(`nested queries (${felt}:{…}) are not supported by the sandbox's Tenor`, this.naa.pos);
      if (this.er('(')) {
        this.i++;
        const q = this.eller(true, felt);
        this.forvent(')', `to close the values of ${felt}`);
        return q;
      }
      if (this.er('[')) return this.omraade(felt);
      const v = this.naa;
      if (v.type === 'ord' && v.tekst === '*') {
        this.i++;
        return { type: 'finnes', felt };
      }
      if (v.type !== 'ord' && v.type !== 'sitat') throw new KqlError(`expected a value after "${felt}:", got ${shown(v)}`, v.pos);
      return this.verdi(felt);
    }
    for (const op of ['<', '<=', '>', '>='] as const) {
      if (!this.er(op)) continue;
      this.i++;
      const v = this.naa;
      if (v.type !== 'ord' && v.type !== 'sitat') throw new KqlError(`expected a value after "${felt} ${op}", got ${shown(v)}`, v.pos);
      this.i++;
      return op.startsWith('<')
        ? { type: 'omraade', felt, til: v.tekst, tilMed: op === '<=', fraMed: false }
        : { type: 'omraade', felt, fra: v.tekst, fraMed: op === '>=', tilMed: false };
    }
    if (['and', 'or', 'not'].includes(felt.toLowerCase())) throw new KqlError(`"${felt}" needs a term before and after it`, t.pos);
    return { type: 'lik', felt: undefined, verdi: felt, sitert: false };
  }

  private omraade(felt: string): Kql {
    this.i++;
    const fra = this.naa;
    if (fra.type !== 'ord' && fra.type !== 'sitat') throw new KqlError(`expected the lower bound of the range of ${felt}, got ${shown(fra)}`, fra.pos);
    this.i++;
    if (!this.nokkelord('to')) throw new KqlError(`expected "to" in the range of ${felt}, got ${shown(this.naa)}`, this.naa.pos);
    this.i++;
    const til = this.naa;
    if (til.type !== 'ord' && til.type !== 'sitat') throw new KqlError(`expected the upper bound of the range of ${felt}, got ${shown(til)}`, til.pos);
    this.i++;
    this.forvent(']', `to close the range of ${felt}`);
    return { type: 'omraade', felt, fra: fra.tekst === '*' ? undefined : fra.tekst, til: til.tekst === '*' ? undefined : til.tekst, fraMed: true, tilMed: true };
  }
}

/** Parses a KQL query; throws KqlError naming what was expected and where. An empty query matches everything. */
export function parseKql(kql: string): Kql {
  return new Parser(tokens(kql)).spoerring();
}

type Obj = Record<string, unknown>;
type Blad = string | number | boolean;

/** Every leaf value at a dotted path, through arrays, and everything below it when it ends on an object. */
function verdier(doc: unknown, felt: string | undefined): Blad[] {
  const ut: Blad[] = [];
  const alle = (v: unknown): void => {
    if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') ut.push(v);
    else if (Array.isArray(v)) v.forEach(alle);
    else if (v && typeof v === 'object') Object.values(v).forEach(alle);
  };
  if (felt === undefined) {
    alle(doc);
    return ut;
  }
  const deler = felt.split('.');
  const gaa = (v: unknown, i: number): void => {
    if (Array.isArray(v)) return v.forEach((x) => gaa(x, i));
    if (i === deler.length) return alle(v);
    if (v && typeof v === 'object') gaa((v as Obj)[deler[i]], i + 1);
  };
  gaa(doc, 0);
  return ut;
}

const ordAv = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);

function likVerdi(blad: Blad, verdi: string, sitert: boolean): boolean {
  const tekst = String(blad).toLowerCase();
  const v = verdi.toLowerCase();
  if (!sitert && v.includes('*')) {
    const re = new RegExp(`^${v.split('*').map((d) => d.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`, 'u');
    return re.test(tekst) || ordAv(tekst).some((o) => re.test(o));
  }
  if (tekst === v) return true;
  // Text fields match on words, as Elasticsearch's analysed fields do: bostedsadresse:Drammen.
  const ord = ordAv(tekst);
  const soek = ordAv(v);
  if (soek.length === 0) return false;
  for (let i = 0; i + soek.length <= ord.length; i++) if (soek.every((s, j) => ord[i + j] === s)) return true;
  return false;
}

const TALL = /^-?\d+(\.\d+)?$/;
const DATO = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** <0, 0, >0. A date compared with a partial date bound compares that much of it ("2005" covers all of 2005). */
function sammenlign(blad: Blad, grense: string): number {
  const s = String(blad);
  if (/^\d{4}-\d{2}/.test(s) && DATO.test(grense)) {
    const del = s.slice(0, grense.length);
    return del < grense ? -1 : del > grense ? 1 : 0;
  }
  if (TALL.test(s) && TALL.test(grense)) return Number(s) - Number(grense);
  const a = s.toLowerCase();
  const b = grense.toLowerCase();
  return a < b ? -1 : a > b ? 1 : 0;
}

function iOmraade(blad: Blad, q: Extract<Kql, { type: 'omraade' }>): boolean {
  if (q.fra !== undefined) {
    const c = sammenlign(blad, q.fra);
    if (c < 0 || (c === 0 && !q.fraMed)) return false;
  }
  if (q.til !== undefined) {
    const c = sammenlign(blad, q.til);
    if (c > 0 || (c === 0 && !q.tilMed)) return false;
  }
  return true;
}

/** Does the document match the query? */
export function treffer(q: Kql, doc: unknown): boolean {
  switch (q.type) {
    case 'alle':
      return true;
    case 'og':
      return q.ledd.every((l) => treffer(l, doc));
    case 'eller':
      return q.ledd.some((l) => treffer(l, doc));
    case 'ikke':
      return !treffer(q.ledd, doc);
    case 'finnes':
      return verdier(doc, q.felt).some((v) => v !== '');
    case 'lik':
      return verdier(doc, q.felt).some((v) => likVerdi(v, q.verdi, q.sitert));
    case 'omraade':
      return verdier(doc, q.felt).some((v) => iOmraade(v, q));
  }
}
