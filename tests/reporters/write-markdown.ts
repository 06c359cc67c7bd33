import { redactText } from '../../src/redact.ts';
import {
  API_TEKST,
  FELT_TEKST,
  KATALOG_TEKST,
  RESULTAT_TEKST,
  dekningsgrad,
  feltverdi,
  hullGrupper,
  ikkeTestbarTekst,
  katalogendringTekst,
  kjoeringsfakta,
  regelkatalogTekst,
  tidspunkt,
  totaltLinjer,
  versjonTekst,
} from './labels.ts';
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
  const out: string[] = ['# Sertifiseringsoppsummering: innkreving-conformance', ''];
  if (r.sandkasseMerknad) out.push(`> **Sandkasse – ikke Skatteetatens miljø.** ${r.sandkasseMerknad}`, '');
  if (r.delkjoering) out.push(`> **Delresultat.** ${r.delkjoering.merknad}`, '');

  const grad = dekningsgrad(r);
  out.push(
    '## Kjøringen',
    '',
    ...table(['', ''], [
      ...kjoeringsfakta(r),
      ['Dekning (operasjon × dokumentert status)', `${grad.testet} av ${grad.celler}`],
    ]),
    '',
    '## Totalt',
    '',
    ...table(['Utfall', 'Antall'], totaltLinjer(r)),
    '',
    '## Spesifikasjoner',
    '',
    ...table(['API', 'Versjon', 'Dokument', 'sha256'], r.spesifikasjoner.map((s) => [API_TEKST[s.api] ?? s.api, s.versjon, s.fil, `\`${s.sha256}\``])),
    '',
    '## Dekningsmatrise',
    '',
    'Hver dokumenterte operasjon mot hver dokumenterte status. ✓ = nådd av minst én test (antall tester), ✗ = nådd bare av tester som feilet, – = ikke nådd.',
    '',
  );
  for (const api of r.dekning) {
    const statuser = [...new Set(api.operasjoner.flatMap((o) => o.statuser.map((s) => s.status)))].sort();
    out.push(`### ${versjonTekst(api.api, api.versjon, api.datamodell)}`, '');
    out.push(
      ...table(
        ['Operasjon', ...statuser],
        api.operasjoner.map((o) => [
          `${o.metode} ${o.sti} (${o.operationId})`,
          ...statuser.map((st) => {
            const c = o.statuser.find((s) => s.status === st);
            if (!c) return '';
            return !c.testet ? '–' : c.bestaatt > 0 ? `✓ ${c.tester}` : `✗ ${c.tester}`;
          }),
        ]),
      ),
      '',
    );
    if (api.udokumenterteStatuser.length) {
      out.push('Statuser observert som dokumentet ikke nevner:', '', ...api.udokumenterteStatuser.map((u) => `- ${u.operationId} ${u.status} (${u.tester} tester)`), '');
    }
  }

  out.push('## Regelkatalogen (422-kontroller)', '');
  if (!r.regelkataloger.length) out.push('Kjøringen dekket ingen versjon av Utleggsbegjæring.', '');
  for (const k of r.regelkataloger) {
    out.push(`### ${regelkatalogTekst(k)}`, '', `Katalog: ${k.fil}. Resultatene bygger bare på testene av ${k.versjon}.`, '');
    out.push(...table(['Kode', 'Tittel', 'Resultat', 'Tester', 'Merknad'], k.regler.map((x) => [x.kode, x.tittel, RESULTAT_TEKST[x.resultat], x.tester.length, x.grunner.join('; ')])), '');
  }
  if (r.katalogendringer.length) {
    out.push('## Endringer i regelkatalogen', '', 'Hva som skiller katalogene til versjonene kjøringen dekket, fra én versjon til den neste.', '');
    for (const e of r.katalogendringer) {
      out.push(`### ${katalogendringTekst(e)}`, '');
      out.push(`Nye koder i ${e.til}:`, '', ...(e.lagtTil.length ? table(['Kode', 'Tittel'], e.lagtTil.map((x) => [x.kode, x.tittel])) : ['- ingen']), '');
      out.push(`Fjernet i ${e.til}:`, '', ...(e.fjernet.length ? table(['Kode', 'Tittel'], e.fjernet.map((x) => [x.kode, x.tittel])) : ['- ingen']), '');
      out.push(
        `Endret fra ${e.fra} til ${e.til}:`,
        '',
        ...(e.endret.length
          ? table(['Kode', 'Felt', e.fra, e.til], e.endret.flatMap((x) => x.felt.map((f) => [x.kode, FELT_TEKST[f.felt], feltverdi(f.fra), feltverdi(f.til)])))
          : ['- ingen']),
        '',
      );
    }
  }
  out.push('## Feilkoder', '');
  out.push(
    ...table(['Katalog', 'Kode', 'HTTP-status', 'Resultat', 'Tester', 'Merknad'], r.feilkoder.map((k) => [KATALOG_TEKST[k.katalog] ?? k.katalog, k.kode, k.status, RESULTAT_TEKST[k.resultat], k.tester.length, k.grunner.join('; ')])),
    '',
  );

  out.push(`## Feil (${r.feil.length})`, '');
  if (!r.feil.length) out.push('Ingen tester feilet.', '');
  for (const f of r.feil) {
    out.push(`### ${f.tittel}`, '', `\`${f.fil}:${f.linje}\` (prosjekt ${f.prosjekt})`, '');
    for (const m of f.feilmeldinger) out.push(...fence(m), '');
    if (f.reproduksjon.length) {
      out.push('Reproduksjon (token hentes med `npm run -s token`, skrives aldri her):', '');
      for (const rep of f.reproduksjon) out.push(`\`${rep.navn}\``, '', ...fence(rep.tekst, 'sh'), '');
      if (f.reproduksjonUtelatt) out.push(`${f.reproduksjonUtelatt} tidligere forespørsler i testen er utelatt her; de ligger i Playwright-rapporten (reports/html).`, '');
    } else out.push('Ingen HTTP-forespørsel ble sendt, så det finnes ingen curl-linje.', '');
  }

  out.push('## Hull', '');
  for (const g of hullGrupper(r)) {
    out.push(`### ${g.tittel}`, '');
    if (g.operasjoner) out.push('Dokumenterte operasjoner som ingen test nådde:', '', ...list(g.operasjoner, 'ingen'), '');
    if (g.statuser) out.push('Dokumenterte statuser som ingen test nådde (for operasjoner som ellers er testet):', '', ...list(g.statuser, 'ingen'), '');
    if (!g.operasjoner) out.push('Dokumentet kunne ikke leses, så det finnes ingen dekningsmatrise for versjonen (se advarslene).', '');
    if (g.regler) out.push('Regelkoder som ingen test nådde:', '', ...list(g.regler, 'ingen'), '');
  }
  out.push('### Feilkoder', '', 'Feilkoder som ingen test nådde:', '', ...list(r.hull.feilkoder, 'ingen'), '');
  out.push('### Ikke testbare i dette miljøet', '', ...list(r.hull.ikkeTestbare.map(ikkeTestbarTekst), 'ingen'), '');
  if (r.advarsler.length) out.push('## Advarsler', '', ...list(r.advarsler, ''), '');
  out.push(`_Generert ${tidspunkt(r.generert)} av tests/reporters/certification.ts._`, '');
  return redactText(out.join('\n'));
}
