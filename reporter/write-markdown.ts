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
import { bevisVisning, testnavn } from './visning.ts';
import { tekster } from './tekster.ts';
import type { Sertifiseringsrapport } from './types.ts';

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
  if (r.delvis) out.push(`> **${t.delvisTittel}** ${r.delvis.merknad}`, '');
  if (r.delkjoering) out.push(`> **${t.delkjoeringTittel}** ${r.delkjoering.merknad}`, '');

  out.push(
    ...table(['', ''], kjoeringsfakta(t, r)),
    '',
    `## ${t.grunnlag.tittel}`,
    '',
    ...table(['', ''], grunnlagsfakta(t, r)),
    '',
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

  const s = t.spesifikasjoner;
  out.push(`## ${s.tittel}`, '', ...table([s.api, s.versjon, s.kilde, 'sha256'], r.spesifikasjoner.map((x) => [API_TEKST[x.api] ?? x.api, x.versjon, kildeTekst(t, x.publisert), `\`${x.sha256}\``])), '');

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
  if (r.advarsler.length) out.push(`## ${t.seksjon.advarsler}`, '', ...list(r.advarsler, ''), '');
  const bevis = bevisVisning(r);
  if (bevis.rader.length) {
    out.push(`## ${t.seksjon.bevis}`, '', t.bevis.intro, '', ...table([t.bevis.fil, 'sha256', t.bevis.bytes], bevis.rader.map((b) => [b.fil, `\`${b.sha256}\``, b.bytes])), '');
    if (bevis.utelatt) out.push(bevis.utelatt, '');
  }
  out.push(`_${t.generertAv(tidspunkt(t, r.generert), r.kjoering.prosjekt.versjon)} ${t.maskinlesbar}_`, '');
  return redactText(out.join('\n'));
}
