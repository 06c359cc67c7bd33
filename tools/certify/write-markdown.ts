import { redactText } from '../../src/redact.ts';
import type { Leverandoerrapport } from './modell.ts';
import { API_TEKST, fakta, KATEGORI_TEKST, KILDE_TEKST, perUtveksling, RESULTAT_TEKST, SCENARIO_TEKST, tidspunkt, TITTEL } from './tekster.ts';

const celle = (v: string | number) => String(v).replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
const rad = (cells: (string | number)[]) => `| ${cells.map(celle).join(' | ')} |`;
const tabell = (head: string[], rows: (string | number)[][]) => [rad(head), rad(head.map(() => '---')), ...rows.map(rad)];

function fence(body: string, lang = ''): string[] {
  const mark = body.includes('```') ? '~~~~' : '```';
  return [`${mark}${lang}`, body.replace(/\n+$/, ''), mark];
}

/** The section "Leverandørsystemets kjøring" as Markdown, with a heading of its own so it stands alone too. */
export function toMarkdown(r: Leverandoerrapport): string {
  const out: string[] = [`# Sertifiseringsoppsummering: ${TITTEL}`, ''];
  if (r.miljoe.merknad) out.push(`> **${r.miljoe.klasse === 'sandbox' ? 'Sandkasse – ikke Skatteetatens miljø.' : 'Ikke dokumentasjon mot Skatteetatens testmiljø.'}** ${r.miljoe.merknad}`, '');
  out.push(`## ${TITTEL}`, '', ...tabell(['', ''], fakta(r)), '');

  out.push('### Scenarier', '', 'Hvert scenario er krysset av bare når opptaket viser det gjort riktig.', '');
  out.push(...tabell(['Scenario', 'Resultat', 'Utvekslinger', 'Merknad'], r.scenarier.map((s) => [s.tittel, SCENARIO_TEKST[s.resultat], s.utvekslinger.join(', ') || '–', s.merknad])), '');

  out.push('### Skatteetatens sjekkliste', '', 'Punktene i sjekklisten for inkassosystemleverandører som et opptak kan si noe om.', '');
  out.push(...tabell(['Punkt', 'Avsnitt', 'Resultat', 'Merknad'], r.sjekkliste.map((p) => [p.punkt, p.avsnitt, RESULTAT_TEKST[p.resultat], p.merknad])), '');

  out.push('### Operasjoner systemet brukte', '');
  out.push(...(r.operasjoner.length ? tabell(['API', 'Operasjon', 'Kall', 'Statuser'], r.operasjoner.map((o) => [`${API_TEKST[o.api] ?? o.api} ${o.versjon}`, `${o.metode} ${o.sti} (${o.operationId})`, o.kall, Object.entries(o.statuser).map(([s, n]) => `${s}: ${n}`).join(', ')])) : ['- ingen']), '');
  if (r.ikkeBrukt.length) out.push('Operasjoner i de samme API-ene som opptaket ikke brukte:', '', ...r.ikkeBrukt.map((o) => `- ${API_TEKST[o.api] ?? o.api} ${o.versjon}: ${o.metode} ${o.sti} (${o.operationId})`), '');

  out.push('### Regelkoder systemet nådde', '');
  for (const k of r.regelkataloger) out.push(`- Utleggsbegjæring ${k.versjon}: ${k.naadd} av ${k.koder} koder i ${k.fil}`);
  if (r.regelkataloger.length) out.push('');
  out.push(...(r.regelkoder.length ? tabell(['Versjon', 'Kode', 'Tittel', 'Funnet i', 'Utvekslinger'], r.regelkoder.map((k) => [k.versjon, k.kode, k.tittel, k.kilder.map((x) => KILDE_TEKST[x]).join(', '), k.utvekslinger.join(', ')])) : ['- ingen']), '');

  const egne = r.funn.filter((f) => f.kategori !== 'svar');
  out.push(`### Hva systemet gjorde feil (${egne.filter((f) => f.alvor === 'feil').length} feil, ${egne.filter((f) => f.alvor === 'advarsel').length} advarsler)`, '');
  if (!egne.length) out.push('Ingen funn.', '');
  for (const g of perUtveksling(egne)) {
    out.push(`#### ${g.utveksling}${g.foresporsel ? ` ${g.foresporsel} → ${g.status ?? 'intet svar'}` : ''}${g.slutt ? ' (ved øktens slutt)' : ''}`, '');
    for (const f of g.funn) out.push(`- **${f.alvor === 'feil' ? 'Feil' : 'Advarsel'}** ${KATEGORI_TEKST[f.kategori]} \`${f.sjekk}\`: ${celle(f.melding)}${f.se.length ? ` (se ${f.se.join(', ')})` : ''}`);
    out.push('');
    if (g.curl) out.push('Reproduksjon (tokenet hentes med `npm run -s token` og skrives aldri her):', '', ...fence(g.curl, 'sh'), '');
  }

  const svar = r.funn.filter((f) => f.kategori === 'svar');
  if (r.opptak.some((o) => o.modus === 'proxy')) {
    out.push(`### Avvik i miljøets svar (${svar.length})`, '', 'Svar fra miljøet som ikke stemmer med dokumentet: Skatteetatens side kan ha endret seg.', '');
    if (!svar.length) out.push('Ingen.', '');
    for (const f of svar) out.push(`- ${f.utveksling} ${f.foresporsel ?? ''} → ${f.status ?? '–'}: \`${f.sjekk}\` ${celle(f.melding)}`);
    if (svar.length) out.push('');
  }

  out.push('### Opptaket', '', ...tabell(['Fil', 'Økt', 'Start', 'Utvekslinger', 'Bytes', 'sha256'], r.opptak.map((o) => [o.fil, o.oekt, tidspunkt(o.start), o.utvekslinger, o.bytes, `\`${o.sha256}\``])), '');
  if (r.advarsler.length) out.push('### Advarsler', '', ...r.advarsler.map((a) => `- ${a}`), '');
  out.push(`_Generert ${tidspunkt(r.generert)} av tools/certify/ fra opptaket over._`, '');
  return redactText(out.join('\n'));
}
