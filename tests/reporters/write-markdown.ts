import { redactText } from '../../src/redact.ts';
import { API_TEKST, KATALOG_TEKST, RESULTAT_TEKST, dekningsgrad, kjoeringsfakta, tidspunkt, totaltLinjer } from './labels.ts';
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
    out.push(`### ${API_TEKST[api.api] ?? api.api} ${api.versjon}`, '');
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
  out.push(...table(['Kode', 'Resultat', 'Tester', 'Merknad'], r.regler.map((k) => [k.kode, RESULTAT_TEKST[k.resultat], k.tester.length, k.grunner.join('; ')])), '');
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

  out.push('## Hull', '', 'Dokumenterte operasjoner som ingen test nådde:', '', ...list(r.hull.operasjoner, 'ingen'), '');
  out.push('Dokumenterte statuser som ingen test nådde (for operasjoner som ellers er testet):', '', ...list(r.hull.statuser, 'ingen'), '');
  out.push('Regelkoder som ingen test nådde:', '', ...list(r.hull.regler, 'ingen'), '');
  out.push('Feilkoder som ingen test nådde:', '', ...list(r.hull.feilkoder, 'ingen'), '');
  out.push('Ikke testbare i dette miljøet:', '', ...list(r.hull.ikkeTestbare.map((i) => `${i.kode}: ${i.grunner.join('; ')}`), 'ingen'), '');
  if (r.advarsler.length) out.push('## Advarsler', '', ...list(r.advarsler, ''), '');
  out.push(`_Generert ${tidspunkt(r.generert)} av tests/reporters/certification.ts._`, '');
  return redactText(out.join('\n'));
}
