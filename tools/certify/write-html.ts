import { redactText } from '../../src/redact.ts';
import type { Leverandoerrapport } from './modell.ts';
import { API_TEKST, CSS, fakta, KATEGORI_TEKST, KILDE_TEKST, perUtveksling, RESULTAT_TEKST, SCENARIO_TEKST, tidspunkt, TITTEL } from './tekster.ts';

function esc(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function table(head: string[], rows: string[][], attrs = ''): string {
  return `<table ${attrs}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

const badge = (klasse: string, tekst: string) => `<span class="badge ${esc(klasse)}">${esc(tekst)}</span>`;

/** The section as one self-contained page: inline CSS, no scripts, no external assets. */
export function toHtml(r: Leverandoerrapport): string {
  const egne = r.funn.filter((f) => f.kategori !== 'svar');
  const svar = r.funn.filter((f) => f.kategori === 'svar');
  const grupper = perUtveksling(egne).map((g) => `<div class="failure" data-utveksling="${esc(g.utveksling)}"><h4>${esc(g.utveksling)}${g.foresporsel ? ` <code>${esc(g.foresporsel)}</code> → ${esc(g.status ?? 'intet svar')}` : ''}${g.slutt ? ' (ved øktens slutt)' : ''}</h4>
<ul>${g.funn.map((f) => `<li data-sjekk="${esc(f.sjekk)}">${badge(f.alvor, f.alvor === 'feil' ? 'feil' : 'advarsel')} ${esc(KATEGORI_TEKST[f.kategori])} <code>${esc(f.sjekk)}</code>: ${esc(f.melding)}${f.se.length ? ` <span class="muted">(se ${esc(f.se.join(', '))})</span>` : ''}</li>`).join('')}</ul>
${g.curl ? `<details><summary>Reproduksjon (tokenet hentes med <code>npm run -s token</code> og skrives aldri her)</summary><pre>${esc(g.curl)}</pre></details>` : ''}</div>`);
  const notice = r.miljoe.merknad
    ? `<div class="banner" id="sandkasse" role="alert"><strong>${r.miljoe.klasse === 'sandbox' ? 'Sandkasse – ikke Skatteetatens miljø.' : 'Ikke dokumentasjon mot Skatteetatens testmiljø.'}</strong> ${esc(r.miljoe.merknad)}</div>`
    : '';
  const html = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sertifiseringsoppsummering – ${esc(TITTEL)}</title><style>${CSS}</style></head>
<body><main>
<h1>Sertifiseringsoppsummering</h1><p class="muted">innkreving-conformance · det leverandørsystemet selv sendte, tatt opp og dømt</p>
${notice}
<section id="leverandoersystemets-kjoering"><h2>${esc(TITTEL)}</h2>
<dl class="facts">${fakta(r).map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<h3 id="scenarier">Scenarier</h3><p>Hvert scenario er krysset av bare når opptaket viser det gjort riktig.</p>
${table(['Scenario', 'Resultat', 'Utvekslinger', 'Merknad'], r.scenarier.map((s) => [esc(s.tittel), badge(s.resultat, SCENARIO_TEKST[s.resultat]), esc(s.utvekslinger.join(', ') || '–'), esc(s.merknad)]), 'class="scenarier"')}
<h3 id="sjekkliste">Skatteetatens sjekkliste</h3><p>Punktene i sjekklisten for inkassosystemleverandører som et opptak kan si noe om.</p>
${table(['Punkt', 'Avsnitt', 'Resultat', 'Merknad'], r.sjekkliste.map((p) => [esc(p.punkt), String(p.avsnitt), badge(p.resultat, RESULTAT_TEKST[p.resultat]), esc(p.merknad)]), 'class="sjekkliste"')}
<h3 id="operasjoner">Operasjoner systemet brukte</h3>
${r.operasjoner.length ? table(['API', 'Operasjon', 'Kall', 'Statuser'], r.operasjoner.map((o) => [esc(`${API_TEKST[o.api] ?? o.api} ${o.versjon}`), `<code>${esc(`${o.metode} ${o.sti}`)}</code><br><span class="muted">${esc(o.operationId)}</span>`, String(o.kall), esc(Object.entries(o.statuser).map(([s, n]) => `${s}: ${n}`).join(', '))])) : '<p class="muted">ingen</p>'}
${r.ikkeBrukt.length ? `<details><summary>Operasjoner i de samme API-ene som opptaket ikke brukte (${r.ikkeBrukt.length})</summary><ul>${r.ikkeBrukt.map((o) => `<li>${esc(`${API_TEKST[o.api] ?? o.api} ${o.versjon}: ${o.metode} ${o.sti} (${o.operationId})`)}</li>`).join('')}</ul></details>` : ''}
<h3 id="regelkoder">Regelkoder systemet nådde</h3>
${r.regelkataloger.map((k) => `<p>Utleggsbegjæring ${esc(k.versjon)}: ${k.naadd} av ${k.koder} koder i <code>${esc(k.fil)}</code></p>`).join('')}
${r.regelkoder.length ? table(['Versjon', 'Kode', 'Tittel', 'Funnet i', 'Utvekslinger'], r.regelkoder.map((k) => [esc(k.versjon), `<code>${esc(k.kode)}</code>`, esc(k.tittel), esc(k.kilder.map((x) => KILDE_TEKST[x]).join(', ')), esc(k.utvekslinger.join(', '))])) : '<p class="muted">ingen</p>'}
<h3 id="feil">Hva systemet gjorde feil (${egne.filter((f) => f.alvor === 'feil').length} feil, ${egne.filter((f) => f.alvor === 'advarsel').length} advarsler)</h3>
${grupper.length ? grupper.join('\n') : '<p>Ingen funn.</p>'}
${r.opptak.some((o) => o.modus === 'proxy') ? `<h3 id="miljoeets-svar">Avvik i miljøets svar (${svar.length})</h3><p>Svar fra miljøet som ikke stemmer med dokumentet: Skatteetatens side kan ha endret seg.</p>${svar.length ? `<ul>${svar.map((f) => `<li>${esc(`${f.utveksling} ${f.foresporsel ?? ''} → ${f.status ?? '–'}`)}: <code>${esc(f.sjekk)}</code> ${esc(f.melding)}</li>`).join('')}</ul>` : '<p>Ingen.</p>'}` : ''}
<h3 id="opptaket">Opptaket</h3>
${table(['Fil', 'Økt', 'Start', 'Utvekslinger', 'Bytes', 'sha256'], r.opptak.map((o) => [`<code>${esc(o.fil)}</code>`, esc(o.oekt), esc(tidspunkt(o.start)), String(o.utvekslinger), String(o.bytes), `<code>${esc(o.sha256)}</code>`]))}
${r.advarsler.length ? `<h3 id="advarsler">Advarsler</h3><ul>${r.advarsler.map((a) => `<li>${esc(a)}</li>`).join('')}</ul>` : ''}
</section>
<p class="muted">Generert ${esc(tidspunkt(r.generert))} av tools/certify/ fra opptaket over. Maskinlesbar form: leverandoer-summary.json.</p>
</main></body></html>
`;
  return redactText(html);
}
