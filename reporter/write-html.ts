import { redactText } from '../src/redact.ts';
import {
  API_TEKST,
  dekningsgrad,
  feltTekst,
  feltverdi,
  grunnlagsfakta,
  hullGrupper,
  ikkeTestbarTekst,
  katalogendringTekst,
  kildeTekst,
  kjoeringsfakta,
  regelkatalogTekst,
  tidspunkt,
  totaltLinjer,
  versjonTekst,
} from './labels.ts';
import { tekster, type Tekster } from './tekster.ts';
import { bevisVisning, harTestkjoering, leverandoerfakta, perUtveksling, testnavn } from './visning.ts';
import type { KodeResultat, Leverandoerrapport, Sertifiseringsrapport, Sjekklistepunkt } from './types.ts';

function esc(value: unknown): string {
  return String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function table(head: string[], rows: string[][], attrs = ''): string {
  return `<table ${attrs}><thead><tr>${head.map((h) => `<th>${h}</th>`).join('')}</tr></thead><tbody>${rows.map((r) => `<tr>${r.map((c) => `<td>${c}</td>`).join('')}</tr>`).join('\n')}</tbody></table>`;
}

function badge(t: Tekster, resultat: KodeResultat): string {
  return `<span class="badge ${resultat}">${esc(t.resultat[resultat])}</span>`;
}

function list(items: string[], empty: string): string {
  return items.length ? `<ul>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</ul>` : `<p class="muted">${esc(empty)}</p>`;
}

function facts(rows: [string, string][]): string {
  return `<dl class="facts">${rows.map(([k, v]) => `<dt>${esc(k)}</dt><dd>${esc(v)}</dd>`).join('')}</dl>`;
}

const CSS = `
:root{--ok:#1b7f3b;--fail:#b42318;--skip:#9a6700;--none:#6b7280;--line:#d0d7de;--bg:#f6f8fa}
*{box-sizing:border-box}body{font:15px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;margin:0;color:#1f2328;background:#fff}
main{max-width:1180px;margin:0 auto;padding:24px}h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:32px 0 10px;border-bottom:1px solid var(--line);padding-bottom:4px}h3{font-size:16px;margin:18px 0 6px}h4{font-size:14px;margin:12px 0 4px}
.status{padding:12px 16px;border-radius:6px;margin:14px 0;font-size:18px;font-weight:600}.status.feilet,.status.avbrutt,.status.tidsavbrutt{background:var(--fail);color:#fff}.status.bestaatt{background:#dafbe1;color:var(--ok);border:2px solid var(--ok)}
.banner{border:2px solid var(--fail);background:#fff1f0;padding:12px 16px;border-radius:6px;margin:14px 0;font-size:16px}.banner.partial{border-color:var(--skip);background:#fff8e6}
.facts{display:grid;grid-template-columns:max-content 1fr;gap:4px 16px;margin:12px 0}.facts dt{font-weight:600}.facts dd{margin:0;word-break:break-all}
.totals{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}.total{border:1px solid var(--line);border-radius:6px;padding:8px 14px;min-width:96px;background:var(--bg)}.total b{display:block;font-size:24px}
.total.feilet b{color:var(--fail)}.total.bestaatt b{color:var(--ok)}
table{border-collapse:collapse;width:100%;margin:6px 0 12px;font-size:14px}th,td{border:1px solid var(--line);padding:4px 8px;text-align:left;vertical-align:top}th{background:var(--bg)}
table.matrix td.c{text-align:center;font-weight:600;white-space:nowrap}td.ok{background:#dafbe1;color:var(--ok)}td.fail{background:#ffebe9;color:var(--fail)}td.none{background:#f3f4f6;color:var(--none)}td.na{background:#fff}
.badge{display:inline-block;padding:1px 8px;border-radius:10px;font-size:13px;white-space:nowrap}.badge.bestaatt{background:#dafbe1;color:var(--ok)}.badge.feilet{background:#ffebe9;color:var(--fail)}.badge.ikkeTestbar,.badge.ikkeDekket{background:#fff8c5;color:var(--skip)}.badge.ikkeNaadd,.badge.ikkeAktuelt{background:#eaeef2;color:var(--none)}
pre{background:var(--bg);border:1px solid var(--line);border-radius:6px;padding:8px;overflow-x:auto;white-space:pre-wrap;word-break:break-word;font-size:12.5px}
code{font-size:13px}summary{cursor:pointer;margin:6px 0}.muted{color:var(--none)}.failure{border-left:4px solid var(--fail);padding-left:12px;margin:14px 0}
`;

/** Only on a page with the supplier section, so a suite run's page stays as it was. */
const CSS_LEVERANDOER = `.badge.vist{background:#dafbe1;color:var(--ok)}.badge.ikkeVist{background:#eaeef2;color:var(--none)}.badge.feil{background:#ffebe9;color:var(--fail)}.badge.advarsel{background:#fff8c5;color:var(--skip)}
`;

function operasjon(o: { navn: string | null; metode: string; sti: string; operationId: string }): string {
  return `${o.navn ? `${esc(o.navn)}<br>` : ''}<code>${esc(o.metode)} ${esc(o.sti)}</code><br><span class="muted">${esc(o.operationId)}</span>`;
}

function matrix(t: Tekster, r: Sertifiseringsrapport): string {
  return r.dekning
    .map((api) => {
      const statuser = [...new Set(api.operasjoner.flatMap((o) => o.statuser.map((s) => s.status)))].sort();
      const cellOf = (o: (typeof api.operasjoner)[number], st: string) => o.statuser.find((s) => s.status === st);
      const body = api.operasjoner
        .map((o) => {
          const cells = statuser.map((st) => {
            const c = cellOf(o, st);
            const cls = !c ? 'na' : !c.testet ? 'none' : c.bestaatt > 0 ? 'ok' : 'fail';
            const text = !c ? '' : !c.testet ? '–' : `${c.bestaatt > 0 ? '✓' : '✗'} ${c.tester}`;
            return `<td class="c ${cls}" title="${esc(`${o.operationId} ${st}`)}">${text}</td>`;
          });
          return `<tr><td>${operasjon(o)}</td>${cells.join('')}</tr>`;
        })
        .join('\n');
      const undocumented = api.udokumenterteStatuser.length
        ? `<p>${esc(t.matrise.udokumenterte)}: ${api.udokumenterteStatuser.map((u) => `<code>${esc(u.operationId)} ${esc(u.status)}</code> (${u.tester})`).join(', ')}</p>`
        : '';
      return `<h3>${esc(versjonTekst(t, api.api, api.versjon, api.datamodell))}</h3>
<table class="matrix" data-api="${esc(api.api)}" data-versjon="${esc(api.versjon)}"><thead><tr><th>${esc(t.matrise.operasjon)}</th>${statuser.map((s) => `<th>${esc(s)}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>${undocumented}`;
    })
    .join('\n');
}

function failures(t: Tekster, r: Sertifiseringsrapport): string {
  if (!r.feil.length) return `<p>${esc(t.feil.ingen)}</p>`;
  return r.feil
    .map(
      (f) => `<div class="failure"><h3>${esc(f.tittel)}</h3><p class="muted">${esc(t.feil.prosjekt)} ${esc(f.prosjekt)}</p>
${f.feilmeldinger.map((m) => `<pre>${esc(m)}</pre>`).join('\n')}
${f.reproduksjon.length ? `<details><summary>${esc(t.feil.reproduksjonAntall(f.reproduksjon.length))}</summary>${f.reproduksjon.map((x) => `<p><code>${esc(x.navn)}</code></p><pre>${esc(x.tekst)}</pre>`).join('\n')}${f.reproduksjonUtelatt ? `<p class="muted">${esc(t.feil.utelatt(f.reproduksjonUtelatt))}</p>` : ''}</details>` : `<p class="muted">${esc(t.feil.ingenCurl)}</p>`}</div>`,
    )
    .join('\n');
}

function regelkataloger(t: Tekster, r: Sertifiseringsrapport): string {
  if (!r.regelkataloger.length) return `<p class="muted">${esc(t.regler.ingen)}</p>`;
  return r.regelkataloger
    .map(
      (k) => `<h3 id="regler-${esc(k.versjon)}">${esc(regelkatalogTekst(t, k))}</h3>
<p class="muted">${esc(t.regler.bygger(k.versjon))}</p>
${table(t.regler.tabell.map(esc), k.regler.map((x) => [`<code>${esc(x.kode)}</code>`, esc(x.tittel), badge(t, x.resultat), String(x.tester.length), esc(x.grunner.join('; '))]), `class="regler" data-versjon="${esc(k.versjon)}"`)}`,
    )
    .join('\n');
}

function katalogendringer(t: Tekster, r: Sertifiseringsrapport): string {
  if (!r.katalogendringer.length) return '';
  const e = t.endringer;
  const koder = (xs: { kode: string; tittel: string }[]) =>
    xs.length ? table([esc(e.kode), esc(e.tittel)], xs.map((x) => [`<code>${esc(x.kode)}</code>`, esc(x.tittel)])) : `<p class="muted">${esc(e.ingen)}</p>`;
  const deler = r.katalogendringer.map(
    (x) => `<h3>${esc(katalogendringTekst(t, x))}</h3>
<h4>${esc(e.nye(x.til))}</h4>${koder(x.lagtTil)}
<h4>${esc(e.fjernet(x.til))}</h4>${koder(x.fjernet)}
<h4>${esc(e.endret(x.fra, x.til))}</h4>${
      x.endret.length
        ? table([esc(e.kode), esc(e.felt), esc(x.fra), esc(x.til)], x.endret.flatMap((y) => y.felt.map((f) => [`<code>${esc(y.kode)}</code>`, esc(feltTekst(t, f.felt)), esc(feltverdi(t, f.fra)), esc(feltverdi(t, f.til))])))
        : `<p class="muted">${esc(e.ingen)}</p>`
    }`,
  );
  return `<section id="katalogendringer"><h2>${esc(t.seksjon.katalogendringer)}</h2>
<p>${esc(e.intro)}</p>
${deler.join('\n')}</section>`;
}

function hull(t: Tekster, r: Sertifiseringsrapport): string {
  const grupper = hullGrupper(t, r).map(
    (g) => `<h3>${esc(g.tittel)}</h3>
${g.operasjoner ? `<h4>${esc(t.hull.operasjoner)}</h4>${list(g.operasjoner, t.hull.ingen)}` : `<p class="muted">${esc(t.hull.ingenMatrise)}</p>`}
${g.statuser ? `<h4>${esc(t.hull.statuser)}</h4>${list(g.statuser, t.hull.ingen)}` : ''}
${g.regler ? `<h4>${esc(t.hull.regler)}</h4>${list(g.regler, t.hull.ingen)}` : ''}`,
  );
  return `${grupper.join('\n')}
<h3>${esc(t.hull.feilkoder)}</h3>${list(r.hull.feilkoder, t.hull.ingen)}
<h3>${esc(t.hull.ikkeTestbare)}</h3>${list(r.hull.ikkeTestbare.map(ikkeTestbarTekst), t.hull.ingen)}`;
}

function sjekkpunkt(t: Tekster, r: Sertifiseringsrapport, p: Sjekklistepunkt): string {
  const deler = p.deler ? `<ul>${p.deler.map((d) => `<li>${esc(d.navn)}: ${esc(t.sjekkliste.tester(d.tester, d.bestaatt, d.feilet))}</li>`).join('')}</ul>` : '';
  const tester = p.tester.length
    ? `<details><summary>${esc(t.sjekkliste.visTester)} (${p.tester.length})</summary><ul>${p.tester
        .map((id) => {
          const x = r.tester.find((y) => y.id === id);
          return `<li>${x?.utfall === 'feilet' ? '✗ ' : ''}${esc(testnavn(r, id))}</li>`;
        })
        .join('')}</ul></details>`
    : '';
  return `<tr data-punkt="${esc(p.id)}"><td>${esc(p.punkt)}<br><span class="muted">${esc(t.sjekkliste.avsnitt(p.avsnitt))}</span></td><td><span class="badge ${esc(p.resultat)}">${esc(t.sjekkliste.resultat[p.resultat])}</span></td><td>${esc(p.merknad)}${p.antall.tester ? ` ${esc(t.sjekkliste.tester(p.antall.tester, p.antall.bestaatt, p.antall.feilet))}.` : ''}${deler}${tester}</td></tr>`;
}

function syntetisk(t: Tekster, r: Sertifiseringsrapport): string {
  const s = r.syntetiskeData;
  const funn = (tittel: string, xs: { test: string; tekst: string }[]) => (xs.length ? `<h3>${esc(tittel)}</h3>${list(xs.map((x) => `${testnavn(r, x.test)}: ${x.tekst}`), '')}` : '');
  return `<section id="syntetisk"><h2>${esc(t.seksjon.syntetisk)}</h2><p>${esc(s.merknad)}</p>${funn(t.syntetisk.stoppTittel, s.stopp)}${funn(t.syntetisk.advarslerTittel, s.advarsler)}</section>`;
}

function bevis(t: Tekster, r: Sertifiseringsrapport): string {
  const b = bevisVisning(r);
  if (!b.rader.length) return '';
  return `<section id="bevis"><h2>${esc(t.seksjon.bevis)}</h2><p>${esc(t.bevis.intro)}</p>
${table([esc(t.bevis.fil), 'sha256', esc(t.bevis.bytes)], b.rader.map((x) => [`<code>${esc(x.fil)}</code>`, `<code>${esc(x.sha256)}</code>`, String(x.bytes)]))}${b.utelatt ? `<p class="muted">${esc(b.utelatt)}</p>` : ''}</section>`;
}

const merke = (klasse: string, tekst: string) => `<span class="badge ${esc(klasse)}">${esc(tekst)}</span>`;

/**
 * Section "Leverandørsystemets kjøring": what the supplier's own system sent, recorded and judged. The
 * recording's own notice is repeated here when the page's top notice is another one (a suite run's).
 */
function leverandoerseksjon(t: Tekster, l: Leverandoerrapport, toppmerknad: string | null): string {
  const x = t.leverandoer;
  const egne = l.funn.filter((f) => f.kategori !== 'svar');
  const svar = l.funn.filter((f) => f.kategori === 'svar');
  const grupper = perUtveksling(egne).map((g) => `<div class="failure" data-utveksling="${esc(g.utveksling)}"><h4>${esc(g.utveksling)}${g.foresporsel ? ` <code>${esc(g.foresporsel)}</code> → ${esc(g.status ?? x.feil.intetSvar)}` : ''}${g.slutt ? ` ${esc(x.feil.slutt)}` : ''}</h4>
<ul>${g.funn.map((f) => `<li data-sjekk="${esc(f.sjekk)}">${merke(f.alvor, f.alvor === 'feil' ? x.feil.feil : x.feil.advarsel)} ${esc(x.kategori[f.kategori])} <code>${esc(f.sjekk)}</code>: ${esc(f.melding)}${f.se.length ? ` <span class="muted">(${esc(x.feil.se(f.se.join(', ')))})</span>` : ''}</li>`).join('')}</ul>
${g.curl ? `<details><summary>${esc(x.feil.reproduksjon).replace(/`([^`]+)`/g, '<code>$1</code>')}</summary><pre>${esc(g.curl)}</pre></details>` : ''}</div>`);
  const merknad = l.miljoe.merknad && l.miljoe.merknad !== toppmerknad ? `<div class="banner" id="opptak-merknad" role="alert"><strong>${esc(t.miljoeMerknadTittel(l.miljoe.klasse))}</strong> ${esc(l.miljoe.merknad)}</div>` : '';
  const statuser = (o: Leverandoerrapport['operasjoner'][number]) => Object.entries(o.statuser).map(([s, n]) => `${s === 'intet svar' ? x.operasjoner.intetSvar : s}: ${n}`).join(', ');
  return `<section id="leverandoersystemets-kjoering"><h2>${esc(x.tittel)}</h2>
${merknad}${facts(leverandoerfakta(t, l))}
<h3 id="scenarier">${esc(x.scenarier.tittel)}</h3><p>${esc(x.scenarier.intro)}</p>
${table(x.scenarier.hode.map(esc), l.scenarier.map((s) => [esc(x.scenarioTittel[s.id] ?? s.tittel), merke(s.resultat, x.scenarioResultat[s.resultat]), esc(s.utvekslinger.join(', ') || '–'), esc(s.merknad)]), 'class="scenarier"')}
<h3 id="leverandoer-sjekkliste">${esc(x.sjekkliste.tittel)}</h3><p>${esc(x.sjekkliste.intro)}</p>
${table(x.sjekkliste.hode.map(esc), l.sjekkliste.map((p) => [esc(x.sjekkpunkt[p.id] ?? p.punkt), esc(x.sjekkliste.avsnitt(p.avsnitt)), merke(p.resultat, x.resultat[p.resultat]), esc(p.merknad)]), 'class="leverandoer-sjekkliste"')}
<h3 id="operasjoner">${esc(x.operasjoner.tittel)}</h3>
${l.operasjoner.length ? table(x.operasjoner.hode.map(esc), l.operasjoner.map((o) => [esc(`${API_TEKST[o.api] ?? o.api} ${o.versjon}`), `<code>${esc(`${o.metode} ${o.sti}`)}</code><br><span class="muted">${esc(o.operationId)}</span>`, String(o.kall), esc(statuser(o))])) : `<p class="muted">${esc(x.operasjoner.ingen)}</p>`}
${l.ikkeBrukt.length ? `<details><summary>${esc(x.operasjoner.ikkeBrukt(l.ikkeBrukt.length))}</summary><ul>${l.ikkeBrukt.map((o) => `<li>${esc(`${API_TEKST[o.api] ?? o.api} ${o.versjon}: ${o.metode} ${o.sti} (${o.operationId})`)}</li>`).join('')}</ul></details>` : ''}
<h3 id="regelkoder">${esc(x.regelkoder.tittel)}</h3>
${l.regelkataloger.map((k) => `<p>${esc(x.regelkoder.katalog(k.versjon, k.naadd, k.koder, k.fil))}</p>`).join('')}
${l.regelkoder.length ? table(x.regelkoder.hode.map(esc), l.regelkoder.map((k) => [esc(k.versjon), `<code>${esc(k.kode)}</code>`, esc(k.tittel), esc(k.kilder.map((y) => x.kilde[y]).join(', ')), esc(k.utvekslinger.join(', '))])) : `<p class="muted">${esc(x.regelkoder.ingen)}</p>`}
<h3 id="leverandoer-feil">${esc(x.feil.tittel(egne.filter((f) => f.alvor === 'feil').length, egne.filter((f) => f.alvor === 'advarsel').length))}</h3>
${grupper.length ? grupper.join('\n') : `<p>${esc(x.feil.ingen)}</p>`}
${l.opptak.some((o) => o.modus === 'proxy') ? `<h3 id="miljoeets-svar">${esc(x.miljoeSvar.tittel(svar.length))}</h3><p>${esc(x.miljoeSvar.intro)}</p>${svar.length ? `<ul>${svar.map((f) => `<li>${esc(`${f.utveksling} ${f.foresporsel ?? ''} → ${f.status ?? '–'}`)}: <code>${esc(f.sjekk)}</code> ${esc(f.melding)}</li>`).join('')}</ul>` : `<p>${esc(x.miljoeSvar.ingen)}</p>`}` : ''}
<h3 id="opptaket">${esc(x.opptaket.tittel)}</h3>
${table(x.opptaket.hode.map(esc), l.opptak.map((o) => [`<code>${esc(o.fil)}</code>`, esc(o.oekt), esc(tidspunkt(t, o.start)), String(o.utvekslinger), String(o.bytes), `<code>${esc(o.sha256)}</code>`]))}
${l.advarsler.length ? `<h3 id="opptak-advarsler">${esc(x.advarsler)}</h3>${list(l.advarsler, '')}` : ''}
</section>`;
}

/** One self-contained page: inline CSS, no scripts, no external assets. */
export function toHtml(r: Sertifiseringsrapport): string {
  const t = tekster(r.spraak);
  const grad = dekningsgrad(r);
  const s = t.spesifikasjoner;
  const kjoert = harTestkjoering(r);
  const html = `<!doctype html>
<html lang="${r.spraak === 'en' ? 'en' : 'nb'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(t.tittel)} – innkreving-conformance</title><style>${CSS}${r.leverandoersystem ? CSS_LEVERANDOER : ''}</style></head>
<body><main>
<h1>${esc(t.tittel)}</h1><p class="muted">${esc(t.undertittel)}</p>
<div class="status ${esc(r.status.utfall)}" id="status" role="status">${esc(r.status.tekst)}</div>
${r.miljoeMerknad ? `<div class="banner" id="miljoe-merknad" role="alert"><strong>${esc(t.miljoeMerknadTittel(r.miljoe.klasse))}</strong> ${esc(r.miljoeMerknad)}</div>` : ''}
${r.delvis ? `<div class="banner partial" id="delvis"><strong>${esc(kjoert ? t.delvisTittel : t.leverandoer.bareOpptakTittel)}</strong> ${esc(r.delvis.merknad)}</div>` : ''}
${r.delkjoering ? `<div class="banner partial" id="delkjoering"><strong>${esc(t.delkjoeringTittel)}</strong> ${esc(r.delkjoering.merknad)}</div>` : ''}
${facts(kjoeringsfakta(t, r))}
<section id="grunnlag"><h2>${esc(t.grunnlag.tittel)}</h2>${facts(grunnlagsfakta(t, r))}</section>
${kjoert ? `<section id="totalt"><h2>${esc(t.seksjon.totalt)}</h2><div class="totals">
${totaltLinjer(t, r).map(([k, v], i) => `<div class="total ${['', 'bestaatt', 'feilet'][i] ?? ''}"><b>${v}</b><span>${esc(k)}</span></div>`).join('\n')}
<div class="total"><b>${grad.testet}/${grad.celler}</b><span>${esc(t.matrise.naadd)}</span></div></div></section>
<section id="sjekkliste"><h2>${esc(t.seksjon.sjekkliste)}</h2><p>${esc(t.sjekkliste.intro)}</p>
<table class="sjekkliste"><tbody>${r.sjekkliste.map((p) => sjekkpunkt(t, r, p)).join('\n')}</tbody></table></section>
${syntetisk(t, r)}` : ''}
<section id="spesifikasjoner"><h2>${esc(s.tittel)}</h2>
${table([esc(s.api), esc(s.versjon), esc(s.kilde), 'sha256'], r.spesifikasjoner.map((x) => [esc(API_TEKST[x.api] ?? x.api), esc(x.versjon), esc(kildeTekst(t, x.publisert)), `<code>${esc(x.sha256)}</code>`]))}</section>
${kjoert ? `<section id="dekningsmatrise"><h2>${esc(t.seksjon.dekning)}</h2>
<p>${esc(t.matrise.forklaring)}</p>
${matrix(t, r)}</section>
<section id="regler"><h2>${esc(t.seksjon.regler)}</h2>
${regelkataloger(t, r)}</section>
${katalogendringer(t, r)}
<section id="feilkoder"><h2>${esc(t.seksjon.feilkoder)}</h2>
${table(t.feilkodetabell.map(esc), r.feilkoder.map((k) => [esc(t.katalog[k.katalog] ?? k.katalog), `<code>${esc(k.kode)}</code>`, String(k.status), esc(k.betydning), badge(t, k.resultat), String(k.tester.length), esc(k.grunner.join('; '))]), 'class="feilkoder"')}</section>
<section id="feil"><h2>${esc(t.seksjon.feil(r.feil.length))}</h2>${failures(t, r)}</section>
<section id="hull"><h2>${esc(t.seksjon.hull)}</h2>
${hull(t, r)}</section>` : ''}${r.leverandoersystem ? `\n${leverandoerseksjon(t, r.leverandoersystem, r.miljoeMerknad)}` : ''}
${r.advarsler.length ? `<section id="advarsler"><h2>${esc(t.seksjon.advarsler)}</h2>${list(r.advarsler, '')}</section>` : ''}
${bevis(t, r)}
<p class="muted">${esc(t.generertAv(tidspunkt(t, r.generert), r.kjoering.prosjekt.versjon))} ${esc(t.maskinlesbar)}</p>
</main></body></html>
`;
  return redactText(html);
}
