import type { Utvekslingspost } from './post.ts';
import { alleFunn, type Oektsvurdering } from './vurdering.ts';

/**
 * The scenarios a supplier's system should show, each ticked only when the recording shows it done
 * right: the exchanges that make it up are there, answered as they should be, and carry no error.
 * `feilet`: it was attempted, but every attempt carries an error; `ikkeVist`: the recording does not
 * show it at all.
 */
export const SCENARIER = [
  { id: 'enkel', tittel: 'send inn en enkel begjæring' },
  { id: 'kompleks', tittel: 'send inn en kompleks med vedlegg' },
  { id: 'rett', tittel: 'rett en avvist begjæring' },
  { id: 'endre', tittel: 'endre en innsendt begjæring' },
  { id: 'status', tittel: 'følg status' },
  { id: 'feed', tittel: 'bla gjennom feeden til slutten' },
  { id: 'token', tittel: 'tål at tokenet går ut' },
] as const;

export type ScenarioId = (typeof SCENARIER)[number]['id'];
export type Scenarioresultat = 'vist' | 'feilet' | 'ikkeVist';

export interface Scenario {
  id: ScenarioId;
  tittel: string;
  resultat: Scenarioresultat;
  /** What the result rests on, in words. */
  merknad: string;
  /** The exchanges that show it (or, when it failed, the attempts). */
  utvekslinger: number[];
}

const feil = (p: Utvekslingspost) => p.funn.filter((f) => f.alvor === 'feil');
const er = (p: Utvekslingspost, operationId: string) => p.operasjon?.operationId === operationId;
const feilfri = (p: Utvekslingspost) => feil(p).length === 0;
const sjekker = (p: Utvekslingspost) => [...new Set(feil(p).map((f) => f.sjekk))].join(', ');

type Bevis = readonly (Utvekslingspost | number)[];

function resultat(id: ScenarioId, vist: Bevis, forsoek: Bevis, merknader: { vist: string; feilet: string; ikke: string }): Scenario {
  const nr = (xs: Bevis) => [...new Set(xs.map((x) => (typeof x === 'number' ? x : x.nr)))].sort((a, b) => a - b);
  const tittel = SCENARIER.find((s) => s.id === id)!.tittel;
  if (vist.length) return { id, tittel, resultat: 'vist', merknad: merknader.vist, utvekslinger: nr(vist) };
  if (forsoek.length) return { id, tittel, resultat: 'feilet', merknad: merknader.feilet, utvekslinger: nr(forsoek) };
  return { id, tittel, resultat: 'ikkeVist', merknad: merknader.ikke, utvekslinger: [] };
}

function innsendinger(v: Oektsvurdering, enkel: boolean): Scenario {
  const kandidater = v.poster.filter((p) => {
    const b = p.fakta.begjaering;
    if (!er(p, 'sendInnUtleggsbegjaering') || !b) return false;
    const liten = b.antallSaksoekte <= 1 && b.antallTvangsgrunnlag <= 1;
    return enkel ? liten : !liten && b.vedlegg.length > 0;
  });
  const vist = kandidater.filter((p) => p.svar?.status === 201 && feilfri(p));
  const hva = enkel ? 'en begjæring med én saksøkt og ett tvangsgrunnlag' : 'en begjæring med flere saksøkte eller tvangsgrunnlag og vedlegg lastet opp først';
  const siste = kandidater[kandidater.length - 1];
  return resultat(enkel ? 'enkel' : 'kompleks', vist.slice(0, 1), kandidater, {
    vist: `${hva} ble tatt imot (201) uten feil i forespørselen eller flyten (utveksling #${vist[0]?.nr}).`,
    feilet: siste ? `${kandidater.length} forsøk, ingen tatt imot uten feil; det siste (#${siste.nr}) fikk ${siste.svar?.status ?? 'intet svar'}${feil(siste).length ? ` og hadde ${sjekker(siste)}` : ''}.` : '',
    ikke: `Opptaket har ingen innsending av ${hva}.`,
  });
}

function rett(v: Oektsvurdering): Scenario {
  const skriv = v.poster.filter((p) => p.operasjon?.api === 'utleggsbegjaering' && p.fakta.begjaering && (er(p, 'sendInnUtleggsbegjaering') || er(p, 'validerUtleggsbegjaering')));
  const avvist = skriv.filter((p) => p.svar?.status === 422 || p.svar?.status === 400);
  const rettet: Utvekslingspost[] = [];
  for (const a of avvist) {
    const senere = skriv.find((p) => p.nr > a.nr && er(p, 'sendInnUtleggsbegjaering') && p.svar?.status === 201 && p.fakta.begjaering!.hash !== a.fakta.begjaering!.hash && feilfri(p));
    if (senere) rettet.push(a, senere);
  }
  const gjentatt = alleFunn(v).filter((f) => f.sjekk === 'flyt.sammeKroppEtterAvvisning');
  return resultat('rett', rettet.slice(0, 2), [...avvist, ...gjentatt.map((f) => f.nr)], {
    vist: `Avvisningen i #${rettet[0]?.nr} ble fulgt av en rettet begjæring som ble tatt imot (#${rettet[1]?.nr}).`,
    feilet: gjentatt.length ? `Samme kropp ble sendt på nytt etter avvisning (${gjentatt.map((f) => `#${f.nr}`).join(', ')}), og ingen rettet begjæring ble tatt imot.` : `${avvist.length} avvisning${avvist.length === 1 ? '' : 'er'}, men ingen rettet begjæring ble tatt imot etterpå.`,
    ikke: 'Opptaket har ingen avvist begjæring (400 eller 422).',
  });
}

function endre(v: Oektsvurdering): Scenario {
  const forsoek = v.poster.filter((p) => er(p, 'endreUtleggsbegjaering'));
  const vist = forsoek.filter((p) => p.svar?.status === 200 && p.fakta.begjaeringId !== undefined && v.dommer.flyt.innsendt.has(p.fakta.begjaeringId) && feilfri(p));
  return resultat('endre', vist.slice(0, 1), forsoek, {
    vist: `En begjæring innsendt i opptaket (#${vist[0] ? v.dommer.flyt.innsendt.get(vist[0].fakta.begjaeringId!) : ''}) ble endret (#${vist[0]?.nr}, 200).`,
    feilet: `${forsoek.length} endringsforsøk, ingen av en begjæring innsendt i opptaket ble tatt imot uten feil (${forsoek.map((p) => `#${p.nr} ${p.svar?.status ?? '–'}`).join(', ')}).`,
    ikke: 'Opptaket har ingen endring av en begjæring.',
  });
}

function status(v: Oektsvurdering): Scenario {
  const polls = v.poster.filter((p) => p.operasjon?.api === 'statuspaasak' && p.fakta.statusreferanse !== undefined);
  const forOfte = new Set(alleFunn(v).filter((f) => f.sjekk === 'flyt.statusForOfte').map((f) => f.nr));
  const perRef = new Map<string, Utvekslingspost[]>();
  for (const p of polls) perRef.set(p.fakta.statusreferanse!, [...(perRef.get(p.fakta.statusreferanse!) ?? []), p]);
  const fulgt = [...perRef.values()].find((ps) => ps.filter((p) => p.svar?.status === 200).length >= 2 && ps.every((p) => !forOfte.has(p.nr) && feilfri(p)));
  const s = v.hode.valg.statusintervallSekunder;
  return resultat('status', fulgt ?? [], forOfte.size ? [...forOfte] : [], {
    vist: `Samme sak ble spurt ${fulgt?.length} ganger med svar 200, aldri oftere enn hvert ${s}. sekund (vårt valg).`,
    feilet: `Status ble spurt oftere enn hvert ${s}. sekund (vårt valg; ingen side oppgir et intervall): ${[...forOfte].map((n) => `#${n}`).join(', ')}.`,
    ikke: polls.length ? 'Ingen sak ble spurt om mer enn én gang med svar 200.' : 'Opptaket har ingen kall til Status på sak.',
  });
}

function feed(v: Oektsvurdering): Scenario {
  const vandringer = v.dommer.flyt.vandringer;
  const vist = vandringer.find((w) => w.ferdig && w.sider.length >= 2 && w.funn === 0);
  const funn = alleFunn(v).filter((f) => f.sjekk.startsWith('flyt.feed'));
  return resultat('feed', vist?.sider ?? [], funn.map((f) => f.nr), {
    vist: `Feeden ble bladd gjennom over ${vist?.sider.length} sider, hver fra forrige sides siste sekvensnummer, til en side med færre enn maksAntall.`,
    feilet: `Feeden ble ikke bladd riktig: ${[...new Set(funn.map((f) => f.sjekk))].join(', ')}.`,
    ikke: vandringer.length ? 'Ingen gjennomgang av feeden gikk over mer enn én side til slutten.' : 'Opptaket har ingen kall til trekkpålegg-feeden.',
  });
}

function token(v: Oektsvurdering): Scenario {
  const mp = v.dommer.maskinporten;
  const vist = mp.fornyelser.find((f) => f.vellykket !== undefined);
  const igjen = alleFunn(v).filter((f) => f.sjekk === 'maskinporten.utloeptIgjen').map((f) => f.nr);
  const uten = mp.utenFornyelse();
  return resultat('token', vist ? [vist.nr, vist.vellykket!] : [], [...igjen, ...uten], {
    vist: vist?.maate === 'etter401'
      ? `Etter 401 for et utløpt token hentet systemet et nytt (#${vist.nr}) og fikk svar med det (#${vist.vellykket}).`
      : `Systemet hentet et nytt token da det forrige var i ferd med å gå ut (#${vist?.nr}), og fortsatte uten feil (#${vist?.vellykket}).`,
    feilet: igjen.length ? `Et utløpt token ble sendt på nytt etter 401 (${igjen.map((n) => `#${n}`).join(', ')}).` : `Etter 401 for et utløpt token (${uten.map((n) => `#${n}`).join(', ')}) kom det ikke noe vellykket kall med nytt token.`,
    ikke: 'Opptaket viser ikke at et token gikk ut eller ble fornyet.',
  });
}

export function finnScenarier(v: Oektsvurdering): Scenario[] {
  return [innsendinger(v, true), innsendinger(v, false), rett(v), endre(v), status(v), feed(v), token(v)];
}

/** Over several sessions: shown when any session shows it, failed when any tried and none showed it. */
export function samletScenarier(perOekt: Scenario[][]): (Scenario & { oekt: number })[] {
  return SCENARIER.map(({ id }) => {
    const alle = perOekt.map((s, i) => ({ ...s.find((x) => x.id === id)!, oekt: i }));
    return alle.find((s) => s.resultat === 'vist') ?? alle.find((s) => s.resultat === 'feilet') ?? alle[0];
  });
}

