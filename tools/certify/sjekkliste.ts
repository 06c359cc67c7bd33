import type { ScenarioId, Scenarioresultat } from '../leverandoer/scenarier.ts';
import type { Oektsvurdering } from '../leverandoer/vurdering.ts';
import type { Oektsmiljoe } from './miljoe.ts';
import type { Rapportfunn } from './modell.ts';

/**
 * An item of Skatteetaten's checklist for suppliers (utleggsbegjaering-2026-03.md, tab Sjekkliste) that a
 * recording can speak to. Results use the suite's words (bestaatt, feilet, ikkeDekket, ikkeAktuelt), so the
 * two checklists can be merged into one table.
 */
export interface Leverandoersjekkpunkt {
  id: 'token' | 'systembruker' | 'syntetisk' | 'testmiljoe' | 'spesifikasjon' | 'feilhaandtering' | 'polling' | 'flyt' | 'respons' | 'logg';
  avsnitt: number;
  punkt: string;
  resultat: 'bestaatt' | 'feilet' | 'ikkeDekket' | 'ikkeAktuelt';
  merknad: string;
}

interface Grunnlag {
  vurderinger: Oektsvurdering[];
  miljoer: Oektsmiljoe[];
  scenarier: { id: ScenarioId; resultat: Scenarioresultat; merknad: string }[];
  funn: Rapportfunn[];
}

const flertall = (n: number, en: string, flere: string) => `${n} ${n === 1 ? en : flere}`;

export function lagSjekkliste(g: Grunnlag): Leverandoersjekkpunkt[] {
  const poster = g.vurderinger.flatMap((v) => v.poster);
  const feil = (pred: (f: Rapportfunn) => boolean) => g.funn.filter((f) => f.alvor === 'feil' && pred(f));
  const scenario = (id: ScenarioId) => g.scenarier.find((s) => s.id === id)!;
  const sandkasse = g.vurderinger.some((v) => v.hode.modus === 'sandkasse');
  const kilde = sandkasse ? ' Tokenene kom fra sandkassens Maskinporten, ikke fra Maskinportens testmiljø.' : '';
  const ut: Leverandoersjekkpunkt[] = [];

  const tokens = poster.filter((p) => p.operasjon && p.fakta.token?.jwt);
  const mp = feil((f) => f.kategori === 'maskinporten');
  const orgs = [...new Set(tokens.map((p) => p.fakta.token!.org).filter(Boolean))];
  ut.push({
    id: 'token', avsnitt: 2, punkt: 'Test uthenting av token med korrekt org.nr. via Maskinporten',
    resultat: tokens.length === 0 ? 'ikkeDekket' : mp.length ? 'feilet' : 'bestaatt',
    merknad: tokens.length === 0 ? 'Ingen forespørsel i opptaket hadde et Maskinporten-token.'
      : `${flertall(tokens.length, 'forespørsel', 'forespørsler')} med token for ${orgs.join(', ') || 'ukjent organisasjon'}.${mp.length ? ` ${flertall(mp.length, 'feil', 'feil')} i bruken av Maskinporten (se feillisten).` : ''}${kilde}`,
  });

  const sb = tokens.filter((p) => p.fakta.token!.systembruker);
  const sbFeil = feil((f) => f.sjekk === 'maskinporten.systembruker' || f.sjekk === 'maskinporten.grant.systembruker');
  ut.push({
    id: 'systembruker', avsnitt: 2, punkt: 'Sett opp Systembruker dersom dere utvikler systemer for andre',
    resultat: sbFeil.length ? 'feilet' : sb.length ? 'bestaatt' : 'ikkeDekket',
    merknad: sbFeil.length ? `${flertall(sbFeil.length, 'forespørsel', 'forespørsler')} handlet for en annen organisasjon uten riktig systembruker-token.`
      : sb.length ? `${flertall(sb.length, 'forespørsel', 'forespørsler')} med systembruker-token for ${[...new Set(sb.map((p) => p.fakta.token!.org))].join(', ')}.${kilde}`
        : 'Opptaket har ingen systembruker-token; punktet gjelder bare systemer som sender inn for andre.',
  });

  const med = poster.filter((p) => p.operasjon && p.foresporsel.kropp);
  const ekte = feil((f) => f.sjekk === 'syntetisk.personnummer');
  const org = g.funn.filter((f) => f.sjekk === 'syntetisk.organisasjonsnummer');
  ut.push({
    id: 'syntetisk', avsnitt: 3, punkt: 'Bruk kun syntetiske data i vedlegg og meldinger',
    resultat: ekte.length ? 'feilet' : med.length ? 'bestaatt' : 'ikkeDekket',
    merknad: ekte.length ? `${flertall(ekte.length, 'verdi', 'verdier')} så ut som ekte fødselsnumre eller D-numre (maskert i opptaket).`
      : `${flertall(med.length, 'forespørsel', 'forespørsler')} med kropp ble sjekket; alle fødselsnumre og D-numre var syntetiske.${org.length ? ` ${flertall(org.length, 'advarsel', 'advarsler')} om organisasjonsnumre i serien ekte virksomheter får.` : ''} Innholdet i vedlegg (PDF, bilder) er ikke lest.`,
  });

  const test = g.miljoer.filter((m) => m.klasse === 'skatteetatenTest');
  ut.push({
    id: 'testmiljoe', avsnitt: 3, punkt: 'Koble til Skatteetatens testmiljø: https://api-test.sits.no',
    resultat: test.length ? 'bestaatt' : 'ikkeDekket',
    merknad: test.length ? `${flertall(test.length, 'økt', 'økter')} gikk gjennom proxyen mot testmiljøet.` : 'Ingen økt i opptaket gikk mot Skatteetatens testmiljø.',
  });

  const kontrakt = feil((f) => f.kategori === 'kontrakt');
  const kall = poster.filter((p) => p.operasjon).length;
  ut.push({
    id: 'spesifikasjon', avsnitt: 4, punkt: 'Følg API-spesifikasjonen',
    resultat: kall === 0 ? 'ikkeDekket' : kontrakt.length ? 'feilet' : 'bestaatt',
    merknad: kall === 0 ? 'Opptaket har ingen kall til et API.' : kontrakt.length ? `${flertall(kontrakt.length, 'brudd', 'brudd')} på API-dokumentet i ${flertall(new Set(kontrakt.map((f) => f.utveksling)).size, 'forespørsel', 'forespørsler')}.` : `Alle ${flertall(kall, 'forespørsel', 'forespørsler')} fulgte dokumentet (sti, metode, parametre, innholdstype, skjema).`,
  });

  const rett = scenario('rett');
  ut.push({
    id: 'feilhaandtering', avsnitt: 4, punkt: 'Sørg for robust feilhåndtering og validering',
    resultat: rett.resultat === 'vist' ? 'bestaatt' : rett.resultat === 'feilet' ? 'feilet' : 'ikkeDekket',
    merknad: rett.merknad,
  });

  const status = scenario('status');
  ut.push({
    id: 'polling', avsnitt: 4, punkt: 'Implementer evt. polling eller event-varsling via Dialogporten (valgfritt)',
    resultat: status.resultat === 'vist' ? 'bestaatt' : status.resultat === 'feilet' ? 'feilet' : 'ikkeDekket',
    merknad: `${status.merknad} Dialogporten er ikke en del av opptaket.`,
  });

  const innsendt = poster.some((p) => p.operasjon?.operationId === 'sendInnUtleggsbegjaering' && p.svar?.status === 201);
  const validert = poster.some((p) => p.operasjon?.operationId === 'validerUtleggsbegjaering' && (p.svar?.status === 204 || p.svar?.status === 422));
  const deler: [string, boolean][] = [['innsending', innsendt], ['feilhåndtering', rett.resultat === 'vist'], ['validering', validert]];
  const mangler = deler.filter(([, ok]) => !ok).map(([n]) => n);
  ut.push({
    id: 'flyt', avsnitt: 5, punkt: 'Test full flyt: innsending, feilhåndtering og validering',
    resultat: mangler.length === 0 ? 'bestaatt' : rett.resultat === 'feilet' ? 'feilet' : 'ikkeDekket',
    merknad: mangler.length === 0 ? 'En begjæring ble tatt imot, en avvist begjæring ble rettet, og valider ble brukt.' : `Opptaket viser ikke ${mangler.length > 1 ? `${mangler.slice(0, -1).join(', ')} og ${mangler[mangler.length - 1]}` : mangler[0]}.`,
  });

  const proxy = g.vurderinger.filter((v) => v.hode.modus === 'proxy');
  const svar = g.funn.filter((f) => f.kategori === 'svar' && f.alvor === 'feil');
  const besvart = proxy.flatMap((v) => v.poster).filter((p) => p.operasjon && p.svar).length;
  ut.push({
    id: 'respons', avsnitt: 5, punkt: 'Verifiser at dere mottar korrekt respons fra API',
    resultat: proxy.length === 0 ? 'ikkeAktuelt' : besvart === 0 ? 'ikkeDekket' : svar.length ? 'feilet' : 'bestaatt',
    merknad: proxy.length === 0 ? 'Svarene kom fra prosjektets egen sandkasse, ikke fra Skatteetaten; de sjekkes i proxymodus.'
      : svar.length ? `${flertall(svar.length, 'avvik', 'avvik')} mellom miljøets svar og dokumentet: Skatteetatens side kan ha endret seg.` : `Alle ${flertall(besvart, 'svar', 'svar')} fra miljøet stemte med dokumentet (status, innholdstype, skjema, headere).`,
  });

  ut.push({
    id: 'logg', avsnitt: 5, punkt: 'Loggfør testresultater og oppsummer testforløpet',
    resultat: poster.length ? 'bestaatt' : 'ikkeDekket',
    merknad: poster.length ? `Opptaket (${flertall(g.vurderinger.length, 'fil', 'filer')}, sha256 over) er loggen; denne oppsummeringen er testforløpet.` : 'Opptaket er tomt.',
  });
  return ut;
}
