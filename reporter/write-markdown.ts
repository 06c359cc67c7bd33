import { redactText } from '../src/redact.ts';
import {
  API_TEKST,
  feltTekst,
  feltverdi,
  grunnlagsfakta,
  hullGrupper,
  ikkeTestbarTekst,
  katalogendringTekst,
  kildeTekst,
  kjoeringsfakta,
  operasjonTekst,
  regelkatalogTekst,
  tidspunkt,
  totaltLinjer,
  versjonTekst,
} from './labels.ts';
import { bevisVisning, harTestkjoering, leverandoerfakta, perUtveksling, testnavn } from './visning.ts';
import { tekster, type Tekster } from './tekster.ts';
import type { Leverandoerrapport, Sertifiseringsrapport } from './types.ts';

function cell(value: string | number): string {
  return String(value).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(cells: (string | number)[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

function table(head: string[], rows: (string | number)[][]): string[] {
  return [row(head), row(head.map(() => '---')), ...rows.map(row)];
}

function fence(body: string, lang = ''): string[] {
  const mark = body.includes('```') ? '~~~~' : '```';
  return [`${mark}${lang}`, body.replace(/\n+$/, ''), mark];
}

function list(items: string[], empty: string): string[] {
  return items.length ? items.map((i) => `- ${i}`) : [`- ${empty}`];
}

export function toMarkdown(r: Sertifiseringsrapport): string {
  const t = tekster(r.spraak);
  const out: string[] = [`# ${t.tittel}: innkreving-conformance`, ''];
  // What a reader must see first: how the run ended, and what it was not.
  out.push(`> **${r.status.tekst}**`, '');
  if (r.miljoeMerknad) out.push(`> **${t.miljoeMerknadTittel(r.miljoe.klasse)}** ${r.miljoeMerknad}`, '');
  const kjoert = harTestkjoering(r);
  if (r.delvis) out.push(`> **${kjoert ? t.delvisTittel : t.leverandoer.bareOpptakTittel}** ${r.delvis.merknad}`, '');
  if (r.delkjoering) out.push(`> **${t.delkjoeringTittel}** ${r.delkjoering.merknad}`, '');

  out.push(
    ...table(['', ''], kjoeringsfakta(t, r)),
    '',
    `## ${t.grunnlag.tittel}`,
    '',
    ...table(['', ''], grunnlagsfakta(t, r)),
    '',
  );
  if (kjoert) suiten(t, r, out);
  const s = t.spesifikasjoner;
  out.push(`## ${s.tittel}`, '', ...table([s.api, s.versjon, s.kilde, 'sha256'], r.spesifikasjoner.map((x) => [API_TEKST[x.api] ?? x.api, x.versjon, kildeTekst(t, x.publisert), `\`${x.sha256}\``])), '');
  if (kjoert) suitensKoder(t, r, out);
  if (r.leverandoersystem) out.push(...leverandoerseksjon(t, r.leverandoersystem, r.miljoeMerknad));
  if (r.advarsler.length) out.push(`## ${t.seksjon.advarsler}`, '', ...list(r.advarsler, ''), '');
  const bevis = bevisVisning(r);
  if (bevis.rader.length) {
    out.push(`## ${t.seksjon.bevis}`, '', t.bevis.intro, '', ...table([t.bevis.fil, 'sha256', t.bevis.bytes], bevis.rader.map((b) => [b.fil, `\`${b.sha256}\``, b.bytes])), '');
    if (bevis.utelatt) out.push(bevis.utelatt, '');
  }
  out.push(`_${t.generertAv(tidspunkt(t, r.generert), r.kjoering.prosjekt.versjon)} ${t.maskinlesbar}_`, '');
  return redactText(out.join('\n'));
}

/** The suite's totals, checklist and synthetic-data check. */
function suiten(t: Tekster, r: Sertifiseringsrapport, out: string[]): void {
  out.push(
    `## ${t.seksjon.totalt}`,
    '',
    ...table(t.totaltHode, totaltLinjer(t, r)),
    '',
    `## ${t.seksjon.sjekkliste}`,
    '',
    t.sjekkliste.intro,
    '',
  );
  for (const p of r.sjekkliste) {
    out.push(`### ${p.punkt} (${t.sjekkliste.avsnitt(p.avsnitt)}): ${t.sjekkliste.resultat[p.resultat]}`, '');
    out.push(p.antall.tester ? `${p.merknad} ${t.sjekkliste.tester(p.antall.tester, p.antall.bestaatt, p.antall.feilet)}.` : p.merknad, '');
    if (p.deler) out.push(...p.deler.map((d) => `- ${d.navn}: ${t.sjekkliste.tester(d.tester, d.bestaatt, d.feilet)}`), '');
    const feilet = p.tester.filter((id) => r.tester.find((x) => x.id === id)?.utfall === 'feilet');
    if (feilet.length) out.push(...feilet.map((id) => `- ✗ ${testnavn(r, id)}`), '');
  }

  out.push(`## ${t.seksjon.syntetisk}`, '', r.syntetiskeData.merknad, '');
  if (r.syntetiskeData.stopp.length) out.push(`${t.syntetisk.stoppTittel}:`, '', ...r.syntetiskeData.stopp.map((s) => `- ${testnavn(r, s.test)}: ${s.tekst}`), '');
  if (r.syntetiskeData.advarsler.length) out.push(`${t.syntetisk.advarslerTittel}:`, '', ...r.syntetiskeData.advarsler.map((s) => `- ${testnavn(r, s.test)}: ${s.tekst}`), '');
}

/** The suite's coverage matrix, rule catalogs, error codes, failures and gaps. */
function suitensKoder(t: Tekster, r: Sertifiseringsrapport, out: string[]): void {
  out.push(`## ${t.seksjon.dekning}`, '', t.matrise.forklaring, '');
  for (const api of r.dekning) {
    const statuser = [...new Set(api.operasjoner.flatMap((o) => o.statuser.map((x) => x.status)))].sort();
    out.push(`### ${versjonTekst(t, api.api, api.versjon, api.datamodell)}`, '');
    out.push(
      ...table(
        [t.matrise.operasjon, ...statuser],
        api.operasjoner.map((o) => [
          operasjonTekst(o),
          ...statuser.map((st) => {
            const c = o.statuser.find((x) => x.status === st);
            if (!c) return '';
            return !c.testet ? '–' : c.bestaatt > 0 ? `✓ ${c.tester}` : `✗ ${c.tester}`;
          }),
        ]),
      ),
      '',
    );
    if (api.udokumenterteStatuser.length) {
      const navn = (id: string) => api.operasjoner.find((o) => o.operationId === id);
      out.push(`${t.matrise.udokumenterte}:`, '', ...api.udokumenterteStatuser.map((u) => `- ${navn(u.operationId) ? operasjonTekst(navn(u.operationId)!) : u.operationId}: ${u.status} (${t.matrise.tester(u.tester)})`), '');
    }
  }

  out.push(`## ${t.seksjon.regler}`, '');
  if (!r.regelkataloger.length) out.push(t.regler.ingen, '');
  for (const k of r.regelkataloger) {
    out.push(`### ${regelkatalogTekst(t, k)}`, '', t.regler.bygger(k.versjon), '');
    out.push(...table(t.regler.tabell, k.regler.map((x) => [x.kode, x.tittel, t.resultat[x.resultat], x.tester.length, x.grunner.join('; ')])), '');
  }
  if (r.katalogendringer.length) {
    const e = t.endringer;
    out.push(`## ${t.seksjon.katalogendringer}`, '', e.intro, '');
    for (const x of r.katalogendringer) {
      out.push(`### ${katalogendringTekst(t, x)}`, '');
      out.push(`${e.nye(x.til)}:`, '', ...(x.lagtTil.length ? table([e.kode, e.tittel], x.lagtTil.map((y) => [y.kode, y.tittel])) : [`- ${e.ingen}`]), '');
      out.push(`${e.fjernet(x.til)}:`, '', ...(x.fjernet.length ? table([e.kode, e.tittel], x.fjernet.map((y) => [y.kode, y.tittel])) : [`- ${e.ingen}`]), '');
      out.push(
        `${e.endret(x.fra, x.til)}:`,
        '',
        ...(x.endret.length
          ? table([e.kode, e.felt, x.fra, x.til], x.endret.flatMap((y) => y.felt.map((f) => [y.kode, feltTekst(t, f.felt), feltverdi(t, f.fra), feltverdi(t, f.til)])))
          : [`- ${e.ingen}`]),
        '',
      );
    }
  }
  out.push(`## ${t.seksjon.feilkoder}`, '');
  out.push(
    ...table(t.feilkodetabell, r.feilkoder.map((k) => [t.katalog[k.katalog] ?? k.katalog, k.kode, k.status, k.betydning, t.resultat[k.resultat], k.tester.length, k.grunner.join('; ')])),
    '',
  );

  out.push(`## ${t.seksjon.feil(r.feil.length)}`, '');
  if (!r.feil.length) out.push(t.feil.ingen, '');
  for (const f of r.feil) {
    out.push(`### ${f.tittel}`, '', `${t.feil.prosjekt} ${f.prosjekt}`, '');
    for (const m of f.feilmeldinger) out.push(...fence(m), '');
    if (f.reproduksjon.length) {
      out.push(t.feil.reproduksjon, '');
      for (const rep of f.reproduksjon) out.push(`\`${rep.navn}\``, '', ...fence(rep.tekst, 'sh'), '');
      if (f.reproduksjonUtelatt) out.push(t.feil.utelatt(f.reproduksjonUtelatt), '');
    } else out.push(t.feil.ingenCurl, '');
  }

  out.push(`## ${t.seksjon.hull}`, '');
  for (const g of hullGrupper(t, r)) {
    out.push(`### ${g.tittel}`, '');
    if (g.operasjoner) out.push(`${t.hull.operasjoner}:`, '', ...list(g.operasjoner, t.hull.ingen), '');
    if (g.statuser) out.push(`${t.hull.statuser}:`, '', ...list(g.statuser, t.hull.ingen), '');
    if (!g.operasjoner) out.push(t.hull.ingenMatrise, '');
    if (g.regler) out.push(`${t.hull.regler}:`, '', ...list(g.regler, t.hull.ingen), '');
  }
  out.push(`### ${t.seksjon.feilkoder}`, '', `${t.hull.feilkoder}:`, '', ...list(r.hull.feilkoder, t.hull.ingen), '');
  out.push(`### ${t.hull.ikkeTestbare}`, '', ...list(r.hull.ikkeTestbare.map(ikkeTestbarTekst), t.hull.ingen), '');
}

/**
 * Section "Leverandørsystemets kjøring": what the supplier's own system sent, recorded and judged. The
 * recording's own notice is repeated here when the summary's top notice is another one (a suite run's).
 */
function leverandoerseksjon(t: Tekster, l: Leverandoerrapport, toppmerknad: string | null): string[] {
  const x = t.leverandoer;
  const out: string[] = [`## ${x.tittel}`, ''];
  if (l.miljoe.merknad && l.miljoe.merknad !== toppmerknad) out.push(`> **${t.miljoeMerknadTittel(l.miljoe.klasse)}** ${l.miljoe.merknad}`, '');
  out.push(...table(['', ''], leverandoerfakta(t, l)), '');

  out.push(`### ${x.scenarier.tittel}`, '', x.scenarier.intro, '');
  out.push(...table(x.scenarier.hode, l.scenarier.map((s) => [x.scenarioTittel[s.id] ?? s.tittel, x.scenarioResultat[s.resultat], s.utvekslinger.join(', ') || '–', s.merknad])), '');

  out.push(`### ${x.sjekkliste.tittel}`, '', x.sjekkliste.intro, '');
  out.push(...table(x.sjekkliste.hode, l.sjekkliste.map((p) => [x.sjekkpunkt[p.id] ?? p.punkt, x.sjekkliste.avsnitt(p.avsnitt), x.resultat[p.resultat], p.merknad])), '');

  out.push(`### ${x.operasjoner.tittel}`, '');
  out.push(...(l.operasjoner.length ? table(x.operasjoner.hode, l.operasjoner.map((o) => [`${API_TEKST[o.api] ?? o.api} ${o.versjon}`, `${o.metode} ${o.sti} (${o.operationId})`, o.kall, Object.entries(o.statuser).map(([s, n]) => `${s === 'intet svar' ? x.operasjoner.intetSvar : s}: ${n}`).join(', ')])) : [`- ${x.operasjoner.ingen}`]), '');
  if (l.ikkeBrukt.length) out.push(`${x.operasjoner.ikkeBrukt(l.ikkeBrukt.length)}:`, '', ...l.ikkeBrukt.map((o) => `- ${API_TEKST[o.api] ?? o.api} ${o.versjon}: ${o.metode} ${o.sti} (${o.operationId})`), '');

  out.push(`### ${x.regelkoder.tittel}`, '');
  for (const k of l.regelkataloger) out.push(`- ${x.regelkoder.katalog(k.versjon, k.naadd, k.koder, k.fil)}`);
  if (l.regelkataloger.length) out.push('');
  out.push(...(l.regelkoder.length ? table(x.regelkoder.hode, l.regelkoder.map((k) => [k.versjon, k.kode, k.tittel, k.kilder.map((y) => x.kilde[y]).join(', '), k.utvekslinger.join(', ')])) : [`- ${x.regelkoder.ingen}`]), '');

  const egne = l.funn.filter((f) => f.kategori !== 'svar');
  out.push(`### ${x.feil.tittel(egne.filter((f) => f.alvor === 'feil').length, egne.filter((f) => f.alvor === 'advarsel').length)}`, '');
  if (!egne.length) out.push(x.feil.ingen, '');
  for (const g of perUtveksling(egne)) {
    out.push(`#### ${g.utveksling}${g.foresporsel ? ` ${g.foresporsel} → ${g.status ?? x.feil.intetSvar}` : ''}${g.slutt ? ` ${x.feil.slutt}` : ''}`, '');
    for (const f of g.funn) out.push(`- **${f.alvor === 'feil' ? x.feil.feil : x.feil.advarsel}** ${x.kategori[f.kategori]} \`${f.sjekk}\`: ${cell(f.melding)}${f.se.length ? ` (${x.feil.se(f.se.join(', '))})` : ''}`);
    out.push('');
    if (g.curl) out.push(`${x.feil.reproduksjon}:`, '', ...fence(g.curl, 'sh'), '');
  }

  if (l.opptak.some((o) => o.modus === 'proxy')) {
    const svar = l.funn.filter((f) => f.kategori === 'svar');
    out.push(`### ${x.miljoeSvar.tittel(svar.length)}`, '', x.miljoeSvar.intro, '');
    if (!svar.length) out.push(x.miljoeSvar.ingen, '');
    for (const f of svar) out.push(`- ${f.utveksling} ${f.foresporsel ?? ''} → ${f.status ?? '–'}: \`${f.sjekk}\` ${cell(f.melding)}`);
    if (svar.length) out.push('');
  }

  out.push(`### ${x.opptaket.tittel}`, '', ...table(x.opptaket.hode, l.opptak.map((o) => [o.fil, o.oekt, tidspunkt(t, o.start), o.utvekslinger, o.bytes, `\`${o.sha256}\``])), '');
  if (l.advarsler.length) out.push(`### ${x.advarsler}`, '', ...list(l.advarsler, ''), '');
  return out;
}
