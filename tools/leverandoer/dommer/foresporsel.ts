import { ContractValidator, type ContractViolation } from '../../../src/contract/index.ts';
import { finnIkkeSyntetiske } from '../../../src/data/syntetisk.ts';
import { mediaType } from '../../../src/http/media-type.ts';
import { evaluate } from '../../../sandbox/rules/utleggsbegjaering/index.ts';
import type { Begjaering, Modus, RegelKontekst } from '../../../sandbox/rules/types.ts';
import { sjekkParametre } from '../parametre.ts';
import type { Funn } from '../post.ts';
import type { Ruting } from '../rute.ts';

/** Enough to fix a request by; the count of the rest is one more finding. */
const MAKS_SKJEMAFUNN = 20;

export const SKRIVEOPERASJONER: Readonly<Record<string, Modus>> = {
  sendInnUtleggsbegjaering: 'sendInn',
  validerUtleggsbegjaering: 'valider',
  endreUtleggsbegjaering: 'endre',
};

export interface Foresporsel {
  nr: number;
  metode: string;
  sti: string;
  query: URLSearchParams;
  headers: Record<string, string>;
  /** The body's bytes when kept; `bytes` counts them all. */
  data?: Buffer;
  bytes: number;
  avkortet: boolean;
}

/** The parsed JSON body, or why there is none. */
export type Tolket = { ok: true; verdi: unknown } | { ok: false; grunn: string } | undefined;

export function tolkJson(f: Foresporsel): Tolket {
  const type = mediaType(f.headers['content-type']);
  if (!(type === 'application/json' || type.endsWith('+json'))) return undefined;
  if (f.bytes === 0) return { ok: false, grunn: 'the body is empty' };
  if (!f.data) return undefined;
  try {
    return { ok: true, verdi: JSON.parse(f.data.toString('utf8')) };
  } catch (err) {
    return { ok: false, grunn: (err as Error).message };
  }
}

const vis = (v: unknown) => {
  const t = v === undefined ? 'nothing' : JSON.stringify(v);
  return t.length > 80 ? `${t.slice(0, 77)}...` : t;
};

function skjemafunn(nr: number, v: ContractViolation): Funn {
  const mottatt = v.received !== undefined ? ` (received ${vis(v.received)})` : '';
  return { sjekk: 'kontrakt.skjema', kategori: 'kontrakt', alvor: 'feil', nr, melding: `${v.path || '(body)'} ${v.message}${mottatt}`, sti: v.path, omfang: 'utveksling' };
}

/**
 * The request against its document: the operation exists, its parameters and headers, its content
 * type and body schema. `rute` is what finnOperasjon made of the method and path.
 */
export function doemKontrakt(f: Foresporsel, rute: Ruting, tolket: Tolket): Funn[] {
  const { nr } = f;
  const ut: Funn[] = [];
  const legg = (sjekk: string, melding: string, alvor: Funn['alvor'] = 'feil', sti?: string) =>
    ut.push({ sjekk, kategori: 'kontrakt', alvor, nr, melding, ...(sti !== undefined ? { sti } : {}), omfang: 'utveksling' });
  if (rute.type === 'utenforApi') return [{ sjekk: 'kontrakt.ukjentSti', kategori: 'kontrakt', alvor: 'feil', nr, melding: `${f.metode} ${f.sti}: no API's document has this path`, omfang: 'utveksling' }];
  if (rute.type === 'ukjentSti') {
    legg('kontrakt.ukjentSti', `${f.metode} ${f.sti}: ${rute.spec.file} documents no such path under ${rute.spec.basePath}`);
    return ut;
  }
  if (rute.type === 'ugyldigSti') {
    legg('kontrakt.ukjentSti', `${f.metode} ${f.sti}: the path is not valid percent-encoded UTF-8`);
    return ut;
  }
  if (rute.type === 'feilMetode') {
    legg('kontrakt.metode', `${f.metode} ${f.sti}: the document allows only ${rute.tillatt.join(', ')} here`);
    return ut;
  }
  const { spec, op } = rute;
  for (const b of sjekkParametre(spec, op, rute.params, f.query, f.headers)) legg('kontrakt.parameter', b.mottatt !== undefined ? `${b.melding} (received ${JSON.stringify(b.mottatt)})` : b.melding, 'feil', b.navn);
  // Optional in every document, but Skatteetaten's support finds a call by it (our choice: a warning).
  if (op.parameters.some((p) => String(p.name).toLowerCase() === 'korrelasjonsid') && f.headers.korrelasjonsid === undefined) {
    legg('kontrakt.korrelasjonsid', 'no Korrelasjonsid header: optional in the document, but without it support cannot trace the call', 'advarsel', 'Korrelasjonsid');
  }
  const harKropp = f.bytes > 0;
  if (!op.requestBody) {
    if (harKropp) legg('kontrakt.kropp', `${op.operationId} documents no request body, but ${f.bytes} bytes were sent`, 'advarsel');
    return ut;
  }
  if (!harKropp) {
    if (op.requestBody.required) legg('kontrakt.kropp', `${op.operationId} requires a request body; none was sent`);
    return ut;
  }
  const validator = ContractValidator.forApi(spec.api, spec.version);
  const type = mediaType(f.headers['content-type']);
  if (!(type in op.requestBody.content)) {
    legg('kontrakt.innholdstype', `Content-Type ${type ? JSON.stringify(type) : 'is missing'}; the document accepts ${Object.keys(op.requestBody.content).join(', ')}`, 'feil', 'Content-Type');
    return ut;
  }
  if (tolket && !tolket.ok) {
    legg('kontrakt.json', `the body is not JSON: ${tolket.grunn}`);
    return ut;
  }
  if (!tolket) return ut; // a binary upload: judged by its content type and size only
  const res = validator.validateRequest(op.operationId, tolket.verdi, type);
  if (!res.valid) {
    for (const v of res.violations.slice(0, MAKS_SKJEMAFUNN)) ut.push(skjemafunn(nr, v));
    if (res.violations.length > MAKS_SKJEMAFUNN) legg('kontrakt.skjema', `and ${res.violations.length - MAKS_SKJEMAFUNN} more schema errors`);
  }
  return ut;
}

/**
 * A schema-valid petition against the rule catalog of the version it was sent to: the sandbox's own
 * evaluate(), with what the session knows (earlier submissions, the acting organisation, the petition a
 * change replaces). Attachment state is left to the flow judge, which knows what was uploaded.
 */
export function doemRegler(nr: number, rute: Ruting, tolket: Tolket, kontekst: Omit<RegelKontekst, 'modus'>): Funn[] {
  if (rute.type !== 'operasjon' || rute.spec.api !== 'utleggsbegjaering' || !tolket?.ok) return [];
  const modus = SKRIVEOPERASJONER[rute.op.operationId];
  if (!modus) return [];
  const validator = ContractValidator.forApi(rute.spec.api, rute.spec.version);
  if (!validator.validateRequest(rute.op.operationId, tolket.verdi).valid) return [];
  let brudd;
  try {
    brudd = evaluate(tolket.verdi as Begjaering, { ...kontekst, modus }, rute.spec.version);
  } catch (err) {
    return [{ sjekk: 'regel.feilIRegel', kategori: 'regel', alvor: 'advarsel', nr, melding: `the rules failed on this petition (a bug in the rules, please report it): ${(err as Error).message}`, omfang: 'utveksling' }];
  }
  // A warning, not an error: a supplier shows its error handling by sending petitions that break rules;
  // whether it then corrected them, rather than sending the same again, is the flow judges' finding.
  return brudd.map((b) => ({ sjekk: `regel.${b.kode}`, kategori: 'regel' as const, alvor: 'advarsel' as const, nr, melding: `${b.kode}: ${b.melding}`, ...(b.sti !== undefined ? { sti: b.sti } : {}), omfang: 'utveksling' as const }));
}

/** Only synthetic personal data: in the body, the path and the query. Attachments' contents are not read. */
export function doemSyntetisk(f: Foresporsel, rute: Ruting, tolket: Tolket): Funn[] {
  const { nr } = f;
  const steder: [unknown, string][] = [];
  if (tolket?.ok) steder.push([tolket.verdi, '']);
  if (rute.type === 'operasjon') for (const [k, v] of Object.entries(rute.params)) steder.push([v, `path:${k}`]);
  for (const [k, v] of f.query) steder.push([v, `query:${k}`]);
  const ut: Funn[] = [];
  for (const [verdi, sti] of steder) {
    for (const x of finnIkkeSyntetiske(verdi, sti)) {
      ut.push({
        sjekk: x.alvor === 'stopp' ? 'syntetisk.personnummer' : 'syntetisk.organisasjonsnummer', kategori: 'syntetisk', alvor: x.alvor === 'stopp' ? 'feil' : 'advarsel', nr,
        // The value itself is not repeated: the finding goes into reports.
        melding: `${x.sti || '(value)'} ${x.grunn}`, sti: x.sti, omfang: 'utveksling',
      });
    }
  }
  return ut;
}
