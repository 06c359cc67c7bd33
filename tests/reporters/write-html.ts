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
import type { KodeResultat, Sertifiseringsrapport } from './types.ts';

function esc(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function table(head: string[], rows: string[][], attrs = ''): string {
  return `<table ${attrs}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

function badge(resultat: KodeResultat): string {
  return `<span class="badge ${resultat}">${esc(RESULTAT_TEKST[resultat])}</span>`;
}

function list(items: string[], empty = 'ingen'): string {
  return items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : `<p class="muted">${empty}</p>`;
}

const CSS = `
:root{--ok:#1b7f3b;--fail:#b42318;--skip:#9a6700;--none:#6b7280;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px}h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:12px 0 4px}
.banner{border:2px solid var(--fail);background:#fff1f0;padding:12px 16px;border-radius:6px;margin:14px 0;font-size:16px}.banner.partial{border-color:var(--skip);background:#fff8e6}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:12px 0}.facts dt{font-weight:600}.facts dd{margin:0;word-break:break-all}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.total{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:96px;background:var(--bg)}.total b{display:block;font-size:24px}
.total.feilet b{color:var(--fail)}.total.bestaatt b{color:var(--ok)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:14px}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}
table.matrix td.c{text-align:center;font-weight:600;white-space:nowrap}td.ok{background:#dafbe1;color:var(--ok)}td.fail{background:#ffebe9;color:var(--fail)}td.none{background:#f3f4f6;color:var(--none)}td.na{background:#fff}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;white-space:nowrap}.badge.bestaatt{background:#dafbe1;color:var(--ok)}.badge.feilet{background:#ffebe9;color:var(--fail)}.badge.ikkeTestbar{background:#fff8c5;color:var(--skip)}.badge.ikkeNaadd{background:#eaeef2;color:var(--none)}
pre{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;overflow-x:auto;white-space:pre-wrap;word-break:break-word;font-size:12.5px}
code{font-size:13px}summary{cursor:pointer;margin:6px 0}.muted{color:var(--none)}.failure{border-left:4px solid var(--fail);padding-left:12px;margin:14px 0}
`;

function matrix(r: Sertifiseringsrapport): string {
  return r.dekning
    .map((api) => {
      const statuser = [...new Set(api.operasjoner.flatMap((o) => o.statuser.map((s) => s.status)))].sort();
      const rows = api.operasjoner.map((o) => [
        `<code>${esc(o.metode)} ${esc(o.sti)}</code><br><span class="muted">${esc(o.operationId)}</span>`,
        ...statuser.map((st) => {
          const c = o.statuser.find((s) => s.status === st);
          if (!c) return '';
          if (!c.testet) return '–';
          return `${c.bestaatt > 0 ? '✓' : '✗'} ${c.tester}`;
        }),
      ]);
      const classes = api.operasjoner.map((o) =>
        statuser.map((st) => {
          const c = o.statuser.find((s) => s.status === st);
          return !c ? 'na' : !c.testet ? 'none' : c.bestaatt > 0 ? 'ok' : 'fail';
        }),
      );
      const body = rows
        .map((cells, i) => `<tr><td>${cells[0]}</td>${cells.slice(1).map((c, j) => `<td class="c ${classes[i][j]}" title="${esc(`${api.operasjoner[i].operationId} ${statuser[j]}`)}">${c}</td>`).join('')}</tr>`)
        .join('\n');
      const undocumented = api.udokumenterteStatuser.length
        ? `<p>Statuser observert som dokumentet ikke nevner: ${api.udokumenterteStatuser.map((u) => `<code>${esc(u.operationId)} ${esc(u.status)}</code> (${u.tester})`).join(', ')}</p>`
        : '';
      return `<h3>${esc(versjonTekst(api.api, api.versjon, api.datamodell))}</h3>
<table class="matrix" data-api="${esc(api.api)}" data-versjon="${esc(api.versjon)}"><thead><tr><th>Operasjon</th>${statuser.map((s) => `<th>${esc(s)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>${undocumented}`;
    })
    .join('\n');
}

function failures(r: Sertifiseringsrapport): string {
  if (!r.feil.length) return '<p>Ingen tester feilet.</p>';
  return r.feil
    .map(
      (f) => `<div class="failure"><h3>${esc(f.tittel)}</h3><p class="muted"><code>${esc(f.fil)}:${f.linje}</code> · prosjekt ${esc(f.prosjekt)}</p>
${f.feilmeldinger.map((m) => `<pre>${esc(m)}</pre>`).join('\n')}
${f.reproduksjon.length ? `<details><summary>Reproduksjon: ${f.reproduksjon.length} curl-kommando${f.reproduksjon.length > 1 ? 'er' : ''} (tokenet hentes med <code>npm run -s token</code> og skrives aldri her)</summary>${f.reproduksjon.map((x) => `<p><code>${esc(x.navn)}</code></p><pre>${esc(x.tekst)}</pre>`).join('\n')}${f.reproduksjonUtelatt ? `<p class="muted">${f.reproduksjonUtelatt} tidligere forespørsler i testen er utelatt her; de ligger i Playwright-rapporten (reports/html).</p>` : ''}</details>` : '<p class="muted">Ingen HTTP-forespørsel ble sendt, så det finnes ingen curl-linje.</p>'}</div>`,
    )
    .join('\n');
}

function regelkataloger(r: Sertifiseringsrapport): string {
  if (!r.regelkataloger.length) return '<p class="muted">Kjøringen dekket ingen versjon av Utleggsbegjæring.</p>';
  return r.regelkataloger
    .map(
      (k) => `<h3 id="regler-${esc(k.versjon)}">${esc(regelkatalogTekst(k))}</h3>
<p class="muted">Katalog <code>${esc(k.fil)}</code>. Resultatene bygger bare på testene av ${esc(k.versjon)}.</p>
${table(['Kode', 'Tittel', 'Resultat', 'Tester', 'Merknad'], k.regler.map((x) => [`<code>${esc(x.kode)}</code>`, esc(x.tittel), badge(x.resultat), String(x.tester.length), esc(x.grunner.join('; '))]), `class="regler" data-versjon="${esc(k.versjon)}"`)}`,
    )
    .join('\n');
}

function katalogendringer(r: Sertifiseringsrapport): string {
  if (!r.katalogendringer.length) return '';
  const koder = (xs: { kode: string; tittel: string }[]) =>
    xs.length ? table(['Kode', 'Tittel'], xs.map((x) => [`<code>${esc(x.kode)}</code>`, esc(x.tittel)])) : '<p class="muted">ingen</p>';
  const deler = r.katalogendringer.map(
    (e) => `<h3>${esc(katalogendringTekst(e))}</h3>
<h4>Nye koder i ${esc(e.til)}</h4>${koder(e.lagtTil)}
<h4>Fjernet i ${esc(e.til)}</h4>${koder(e.fjernet)}
<h4>Endret fra ${esc(e.fra)} til ${esc(e.til)}</h4>${
      e.endret.length
        ? table(['Kode', 'Felt', esc(e.fra), esc(e.til)], e.endret.flatMap((x) => x.felt.map((f) => [`<code>${esc(x.kode)}</code>`, esc(FELT_TEKST[f.felt]), esc(feltverdi(f.fra)), esc(feltverdi(f.til))])))
        : '<p class="muted">ingen</p>'
    }`,
  );
  return `<section id="katalogendringer"><h2>Endringer i regelkatalogen</h2>
<p>Hva som skiller katalogene til versjonene kjøringen dekket, fra én versjon til den neste.</p>
${deler.join('\n')}</section>`;
}

function hull(r: Sertifiseringsrapport): string {
  const grupper = hullGrupper(r).map(
    (g) => `<h3>${esc(g.tittel)}</h3>
${g.operasjoner ? `<h4>Operasjoner ingen test nådde</h4>${list(g.operasjoner)}` : '<p class="muted">Dokumentet kunne ikke leses, så det finnes ingen dekningsmatrise for versjonen (se advarslene).</p>'}
${g.statuser ? `<h4>Statuser ingen test nådde (for operasjoner som ellers er testet)</h4>${list(g.statuser)}` : ''}
${g.regler ? `<h4>Regelkoder ingen test nådde</h4>${list(g.regler)}` : ''}`,
  );
  return `${grupper.join('\n')}
<h3>Feilkoder ingen test nådde</h3>${list(r.hull.feilkoder)}
<h3>Ikke testbare i dette miljøet</h3>${list(r.hull.ikkeTestbare.map(ikkeTestbarTekst))}`;
}

/** One self-contained page: inline CSS, no scripts, no external assets. */
export function toHtml(r: Sertifiseringsrapport): string {
  const grad = dekningsgrad(r);
  const facts = kjoeringsfakta(r);
  const html = `<!doctype html>
<html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>Sertifiseringsoppsummering – innkreving-conformance</title><style>${CSS}</style></head>
<body><main>
<h1>Sertifiseringsoppsummering</h1><p class="muted">innkreving-conformance · Utleggsbegjæring, Trekkpålegg og Krav og betalinger</p>
${r.sandkasseMerknad ? `<div class="banner" id="sandkasse" role="alert"><strong>Sandkasse – ikke Skatteetatens miljø.</strong> ${esc(r.sandkasseMerknad)}</div>` : ''}
${r.delkjoering ? `<div class="banner partial" id="delkjoering"><strong>Delresultat.</strong> ${esc(r.delkjoering.merknad)}</div>` : ''}
<dl class="facts">${facts.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>
<section id="totalt"><h2>Totalt</h2><div class="totals">
${totaltLinjer(r).map(([k, v], i) => `<div class="total ${['', 'bestaatt', 'feilet'][i] ?? ''}"><b>${v}</b><span>${esc(k)}</span></div>`).join('\n')}
<div class="total"><b>${grad.testet}/${grad.celler}</b><span>operasjon × status nådd</span></div></div></section>
<section id="spesifikasjoner"><h2>Spesifikasjoner</h2>
${table(['API', 'Versjon', 'Dokument', 'sha256'], r.spesifikasjoner.map((s) => [esc(API_TEKST[s.api] ?? s.api), esc(s.versjon), `<code>${esc(s.fil)}</code>`, `<code>${esc(s.sha256)}</code>`]))}</section>
<section id="dekningsmatrise"><h2>Dekningsmatrise</h2>
<p>Hver dokumenterte operasjon mot hver dokumenterte status. ✓ = nådd av minst én test (antall tester), ✗ = nådd bare av tester som feilet, – = ikke nådd, tom = ikke dokumentert.</p>
${matrix(r)}</section>
<section id="regler"><h2>Regelkatalogen (422-kontroller)</h2>
${regelkataloger(r)}</section>
${katalogendringer(r)}
<section id="feilkoder"><h2>Feilkoder</h2>
${table(['Katalog', 'Kode', 'HTTP-status', 'Resultat', 'Tester', 'Merknad'], r.feilkoder.map((k) => [esc(KATALOG_TEKST[k.katalog] ?? k.katalog), `<code>${esc(k.kode)}</code>`, String(k.status), badge(k.resultat), String(k.tester.length), esc(k.grunner.join('; '))]))}</section>
<section id="feil"><h2>Feil (${r.feil.length})</h2>${failures(r)}</section>
<section id="hull"><h2>Hull</h2>
${hull(r)}</section>
${r.advarsler.length ? `<section id="advarsler"><h2>Advarsler</h2>${list(r.advarsler)}</section>` : ''}
<p class="muted">Generert ${esc(tidspunkt(r.generert))} av tests/reporters/certification.ts. Maskinlesbar form: summary.json.</p>
</main></body></html>
`;
  return redactText(html);
}
