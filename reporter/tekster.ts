import type { Kategori } from '../tools/leverandoer/post.ts';
import type { ScenarioId, Scenarioresultat } from '../tools/leverandoer/scenarier.ts';
import type { Leverandoersjekkpunkt } from '../tools/certify/sjekkliste.ts';
import type { Kjoeringsutfall, KodeResultat, Miljoeklasse, Sjekklistepunkt, Spraak } from './types.ts';

/**
 * Every sentence the summary writes itself, in Norwegian for Skatteetaten's case officers and in English
 * for a supplier's own staff (CONFORMANCE_SUMMARY_LANG=en). Data from the catalogs and documents (rule
 * titles, code meanings, operation names) and the tests' own titles are shown as they are.
 */
export interface Tekster {
  locale: string;
  tittel: string;
  undertittel: string;
  resultat: Record<KodeResultat, string>;
  kjoeringsstatus: Record<string, string>;
  utfall: Record<Kjoeringsutfall, string>;
  /** The environment names src/config gives ("lokal sandkasse", "Skatteetatens testmiljø"), in this language; others as given. */
  miljoenavn: Record<string, string>;
  /** The headline: "Kjøringen feilet: 3 av 367 tester feilet." */
  statuslinje(utfall: Kjoeringsutfall, totalt: { tester: number; feilet: number; ikkeKjoert: number }): string;
  /** Appended to the headline of a run that is not evidence or not whole. */
  statusForbehold: { ikkeBevis: string; delvis: string };
  miljoeMerknad(klasse: Miljoeklasse, baseUrl: string, sandkassensTestklient: boolean): string | null;
  miljoeMerknadTittel(klasse: Miljoeklasse): string;
  delvisTittel: string;
  delvisMerknad(filtre: string[], ikkeKjoert: number): string;
  delkjoeringTittel: string;
  shardMerknad(shard: number, av: number): string;
  manglendeShards(mangler: number[], av: number): string;
  datamodell(d: string): string;
  regelkoder(n: number): string;
  felt: Record<'tittel' | 'beskrivelse' | 'avvikstekst' | 'gjelderKunEndringer', string>;
  ja: string;
  nei: string;
  katalogendring(fra: string, til: string, antallFra: number, antallTil: number, nye: number, fjernet: number, endret: number): string;
  katalog: Record<string, string>;
  tidssone: string;
  varighet: { s: string; min: string; t: string };
  totalt: [string, string, string, string, string, string];
  totaltHode: [string, string];
  fakta: {
    miljoe: string; baseUrl: string; maskinporten: string; leverandoer: string; start: string; slutt: string; varighet: string; status: string; dekning: string;
    ingenLeverandoer(org: string | null): string; ikkeOppgitt: string; av(a: number, b: number): string;
  };
  grunnlag: {
    tittel: string; prosjekt: string; commit: string; endret: string; uendret: string; ukjentCommit: string; froe: string; node: string; playwright: string;
    filtre: string; ingenFiltre: string; parter: string; generert(froe: number | null): string; fil(sti: string, filer: string, personer: number, organisasjoner: number): string; ukjent: string;
  };
  spesifikasjoner: { tittel: string; api: string; versjon: string; kilde: string; publisert: string; rekonstruksjon: string };
  koder: {
    ikkeKjoert: string; ingenTest: string; hoppetOverUtenGrunn: string;
    statusBetydning(status: number): string;
  };
  seksjon: {
    totalt: string; sjekkliste: string; syntetisk: string; dekning: string; regler: string; katalogendringer: string; feilkoder: string; feil(n: number): string;
    hull: string; advarsler: string; bevis: string;
  };
  sjekkliste: {
    intro: string; punkt: Record<Sjekklistepunkt['id'], string>; avsnitt(n: number): string; resultat: Record<Sjekklistepunkt['resultat'], string>;
    tester(n: number, bestaatt: number, feilet: number): string; visTester: string;
    token(n: number): string; tokenIngen: string;
    flyt: { innsending: string; feilhaandtering: string; validering: string; mangler(deler: string[]): string; ok: string };
    respons(n: number, udokumenterte: number): string; responsIngen: string;
  };
  syntetisk: {
    ikkeAktuelt: string; ingenForespoersler: string; ok(n: number, advarsler: number): string; stoppet(n: number, stopp: number): string;
    stoppTittel: string; advarslerTittel: string;
    funn(f: { forespoersel: string; hvor: string; verdi: string; kilde: string | null; alvor: string }): string;
  };
  matrise: { forklaring: string; operasjon: string; udokumenterte: string; naadd: string; tester(n: number): string };
  regler: { tabell: [string, string, string, string, string]; bygger(versjon: string): string; ingen: string };
  endringer: { intro: string; nye(v: string): string; fjernet(v: string): string; endret(fra: string, til: string): string; kode: string; tittel: string; felt: string; ingen: string };
  feilkodetabell: [string, string, string, string, string, string, string];
  feil: { ingen: string; prosjekt: string; reproduksjon: string; utelatt(n: number): string; ingenCurl: string; reproduksjonAntall(n: number): string };
  hull: {
    operasjoner: string; statuser: string; regler: string; ingenMatrise: string; feilkoder: string; ikkeTestbare: string; ingen: string;
  };
  bevis: { intro: string; fil: string; bytes: string; utelatt(n: number, bytes: number): string };
  generertAv(tidspunkt: string, versjon: string | null): string;
  maskinlesbar: string;
  advarsel: {
    manglerSpesifikasjoner: string;
    manglerErSandkasse: string;
    ukjentApi(api: string): string;
    dokumentMangler(api: string, versjon: string, grunn: string): string;
    dokumentEndret(api: string, versjon: string, naa: string, brukt: string): string;
    katalogMangler(versjon: string, grunn: string): string;
    kontraktUtenfor(n: number, hva: string): string;
    reglerUtenfor(n: number, versjon: string): string;
    ukjentRegelkode(versjon: string, kode: string): string;
    ukjentFeilkode(kode: string): string;
  };
  feilmelding: { ukjent: string; forkortet: string; aarsak: string; vedleggUlest(grunn: string): string };
  leverandoer: Leverandoertekster;
}

/** The words of section "Leverandørsystemets kjøring" (a supplier system's recording, tools/certify). */
export interface Leverandoertekster {
  tittel: string;
  undertittel: string;
  /** The headline of a summary that rests on a recording alone. */
  statuslinje(x: { feil: number; advarsler: number; utvekslinger: number; vist: number; scenarier: number }): string;
  bareOpptak: string;
  bareOpptakTittel: string;
  syntetiskISeksjonen: string;
  miljoeNavn(klasse: Miljoeklasse): string;
  ikkeKjoert: string;
  fakta: {
    opptattGjennom: string; maal: string; bevis: string; ja: string; neiSeMerknad: string; oekter: string; utvekslinger: string;
    utvekslingerVerdi(n: number, kall: number, utenSvar: number): string; feil: string; advarsler: string; miljoeavvik: string; ikkeSjekket: string;
    statusintervall: string; statusintervallVerdi(s: number): string; tokenmargin: string; tokenmarginVerdi(s: number): string;
    validerFoer: string; validerJa: string; validerNei: string;
  };
  modus: { sandkasse: string; proxy: string };
  scenarier: { tittel: string; intro: string; hode: [string, string, string, string] };
  scenarioTittel: Record<ScenarioId, string>;
  scenarioResultat: Record<Scenarioresultat, string>;
  sjekkliste: { tittel: string; intro: string; hode: [string, string, string, string]; avsnitt(n: number): string };
  sjekkpunkt: Record<Leverandoersjekkpunkt['id'], string>;
  resultat: Record<Leverandoersjekkpunkt['resultat'], string>;
  operasjoner: { tittel: string; hode: [string, string, string, string]; ikkeBrukt(n: number): string; ingen: string; intetSvar: string };
  regelkoder: { tittel: string; katalog(versjon: string, naadd: number, koder: number, fil: string): string; hode: [string, string, string, string, string]; ingen: string };
  kilde: { foresporsel: string; svar: string };
  kategori: Record<Kategori, string>;
  feil: {
    tittel(feil: number, advarsler: number): string; ingen: string; slutt: string; intetSvar: string; feil: string; advarsel: string;
    se(refs: string): string; reproduksjon: string;
  };
  miljoeSvar: { tittel(n: number): string; intro: string; ingen: string };
  opptaket: { tittel: string; hode: [string, string, string, string, string, string] };
  advarsler: string;
}

const HTTP_NB: Record<number, string> = {
  400: 'Forespørselen er ugyldig.',
  401: 'Autentiseringen feilet.',
  403: 'Ingen tilgang.',
  404: 'Ikke funnet.',
  406: 'Dataformatet støttes ikke.',
  409: 'Konflikt med en tidligere forespørsel.',
  413: 'Forespørselen er for stor.',
  415: 'Innholdstypen støttes ikke.',
  422: 'Forespørselen bryter en forretningsregel.',
  429: 'For mange forespørsler.',
  500: 'Uventet feil hos tjenesten.',
  502: 'Feil i et system tjenesten er avhengig av.',
  503: 'Tjenesten er ikke tilgjengelig.',
};

const HTTP_EN: Record<number, string> = {
  400: 'The request is invalid.',
  401: 'Authentication failed.',
  403: 'Access denied.',
  404: 'Not found.',
  406: 'The data format is not supported.',
  409: 'Conflicts with an earlier request.',
  413: 'The request is too large.',
  415: 'The content type is not supported.',
  422: 'The request breaks a business rule.',
  429: 'Too many requests.',
  500: 'Unexpected error in the service.',
  502: 'Error in a system the service depends on.',
  503: 'The service is unavailable.',
};

/** "a, b og c" */
const opplisting = (xs: string[], og: string) => (xs.length < 2 ? xs.join('') : `${xs.slice(0, -1).join(', ')} ${og} ${xs.at(-1)}`);

const flertall = (n: number, en: string, flere: string) => `${n} ${n === 1 ? en : flere}`;

const nb: Tekster = {
  locale: 'nb-NO',
  tittel: 'Sertifiseringsoppsummering',
  undertittel: 'innkreving-conformance · testpakke for Skatteetatens innkrevings-API-er',
  resultat: { bestaatt: 'bestått', feilet: 'feilet', ikkeTestbar: 'ikke testbar i dette miljøet', ikkeNaadd: 'ikke nådd' },
  kjoeringsstatus: { passed: 'bestått', failed: 'feilet', timedout: 'tidsavbrutt', interrupted: 'avbrutt' },
  utfall: { bestaatt: 'bestått', feilet: 'feilet', avbrutt: 'avbrutt', tidsavbrutt: 'tidsavbrutt' },
  miljoenavn: {},
  statuslinje(utfall, t) {
    if (utfall === 'feilet') return `Kjøringen feilet: ${t.feilet} av ${flertall(t.tester, 'test', 'tester')} feilet.`;
    if (utfall === 'avbrutt') return `Kjøringen ble avbrutt: ${t.ikkeKjoert} av ${flertall(t.tester, 'test', 'tester')} ble ikke kjørt.`;
    if (utfall === 'tidsavbrutt') return `Kjøringen ble tidsavbrutt: ${t.ikkeKjoert} av ${flertall(t.tester, 'test', 'tester')} ble ikke kjørt.`;
    return `Kjøringen bestod: ingen av ${flertall(t.tester, 'test', 'tester')} feilet.`;
  },
  statusForbehold: { ikkeBevis: 'Den er ikke dokumentasjon mot Skatteetatens testmiljø (se merknaden under).', delvis: 'Den dekker bare en del av testpakken.' },
  miljoeMerknad(klasse, baseUrl, testklient) {
    const klient = testklient ? ' Tokenene kom fra sandkassens egen testklient, som ikke tilhører noen leverandør.' : '';
    switch (klasse) {
      case 'skatteetatenTest':
        return testklient ? `Kjøringen gikk mot Skatteetatens testmiljø, men med sandkassens testklient, ikke leverandørens egen Maskinporten-klient.${klient}` : null;
      case 'embeddedSandbox':
        return `Denne kjøringen gikk mot prosjektets lokale sandkasse, ikke mot Skatteetatens miljø. Resultatene viser at testpakken og klienten henger sammen, men er ikke dokumentasjon på at noe virker mot Skatteetaten.${klient}`;
      case 'sandbox':
        return `Denne kjøringen gikk mot en sandkasse på ${baseUrl}, ikke mot Skatteetatens miljø. Resultatene er ikke dokumentasjon på at noe virker mot Skatteetaten.${klient}`;
      case 'skatteetatenProduction':
        return `Denne kjøringen gikk mot Skatteetatens produksjonsmiljø (${baseUrl}). Sjekklisten krever testing i testmiljøet før tilgang til produksjon; dette er ikke den dokumentasjonen.${klient}`;
      case 'custom':
        return `Denne kjøringen gikk mot ${baseUrl}, som ikke er Skatteetatens testmiljø (for eksempel en annen sandkasse, en stubb eller en proxy). Resultatene er ikke dokumentasjon på at noe virker mot Skatteetaten.${klient}`;
      default:
        return `Det er ukjent hvilket miljø kjøringen gikk mot (metadata mangler), så resultatene er ikke dokumentasjon på at noe virker mot Skatteetaten.${klient}`;
    }
  },
  miljoeMerknadTittel(klasse) {
    return klasse === 'embeddedSandbox' || klasse === 'sandbox' ? 'Sandkasse – ikke Skatteetatens miljø.' : 'Ikke dokumentasjon mot Skatteetatens testmiljø.';
  },
  delvisTittel: 'Delvis kjøring – ikke en fullstendig sertifisering.',
  delvisMerknad(filtre, ikkeKjoert) {
    const deler = [];
    if (filtre.length) deler.push(`Kjøringen var avgrenset med ${filtre.join('; ')}`);
    if (ikkeKjoert) deler.push(`${flertall(ikkeKjoert, 'test', 'tester')} ble ikke kjørt`);
    return `${deler.join(', og ')}. Tester utenfor avgrensningen er ikke med, så hull og koder som «ikke nådd» kan skyldes avgrensningen.`;
  },
  delkjoeringTittel: 'Delresultat.',
  shardMerknad: (shard, av) => `Dette er bare del ${shard} av ${av} av kjøringen. Den samlede oppsummeringen lages med "npx playwright merge-reports".`,
  manglendeShards: (mangler, av) => `Sammenslåingen mangler del ${mangler.join(', ')} av ${av}; testene i de delene er ikke med.`,
  datamodell: (d) => `datamodell ${d}`,
  regelkoder: (n) => flertall(n, 'regelkode', 'regelkoder'),
  felt: { tittel: 'tittel', beskrivelse: 'beskrivelse', avvikstekst: 'avvikstekst', gjelderKunEndringer: 'gjelder kun endringer' },
  ja: 'ja',
  nei: 'nei',
  katalogendring: (fra, til, a, b, nye, fjernet, endret) => `Utleggsbegjæring ${fra} → ${til} (${a} → ${b} regelkoder): ${nye} nye, ${fjernet} fjernet, ${endret} endret`,
  katalog: { kravogbetalinger: 'Krav og betalinger (KB)', das: 'Felles (DAS)' },
  tidssone: 'norsk tid',
  varighet: { s: 's', min: 'min', t: 't' },
  totalt: ['Tester', 'Bestått', 'Feilet', 'Hoppet over', 'Ustabile', 'Ikke kjørt'],
  totaltHode: ['Utfall', 'Antall'],
  fakta: {
    miljoe: 'Miljø', baseUrl: 'Adresse (base-URL)', maskinporten: 'Maskinporten', leverandoer: 'Leverandør (organisasjonsnummer)', start: 'Start', slutt: 'Slutt',
    varighet: 'Varighet', status: 'Status for kjøringen', dekning: 'Dekning (operasjon × dokumentert status)',
    ingenLeverandoer: (org) => `ingen – sandkassens testklient${org ? ` (${org})` : ''} tilhører ingen leverandør`,
    ikkeOppgitt: 'ikke oppgitt', av: (a, b) => `${a} av ${b}`,
  },
  grunnlag: {
    tittel: 'Grunnlag for kjøringen', prosjekt: 'Testpakke', commit: 'Git-commit', endret: 'med lokale endringer som ikke er sjekket inn', uendret: 'uten lokale endringer',
    ukjentCommit: 'ukjent (ikke et git-arbeidstre)', froe: 'Frø for genererte data', node: 'Node.js', playwright: 'Playwright', filtre: 'Avgrensning', ingenFiltre: 'ingen – hele testpakken',
    parter: 'Parter (personer og virksomheter)', generert: (froe) => `generert av sandkassen${froe === null ? '' : ` (frø ${froe})`}`,
    fil: (sti, filer, p, o) => `fra filen ${sti} (${filer}): ${flertall(p, 'person', 'personer')}, ${flertall(o, 'virksomhet', 'virksomheter')}`,
    ukjent: 'ukjent',
  },
  spesifikasjoner: { tittel: 'Spesifikasjoner', api: 'API', versjon: 'Versjon', kilde: 'Kilde', publisert: 'Skatteetatens publiserte dokument', rekonstruksjon: 'prosjektets rekonstruksjon' },
  koder: {
    ikkeKjoert: 'testene som viser til koden ble ikke kjørt', ingenTest: 'ingen test viser til koden', hoppetOverUtenGrunn: 'hoppet over uten oppgitt grunn',
    statusBetydning: (status) => `${HTTP_NB[status] ?? `HTTP-status ${status}.`} Katalogen beskriver ikke koden nærmere.`,
  },
  seksjon: {
    totalt: 'Totalt', sjekkliste: 'Skatteetatens sjekkliste', syntetisk: 'Bare syntetiske data', dekning: 'Dekningsmatrise', regler: 'Regelkatalogen (422-kontroller)',
    katalogendringer: 'Endringer i regelkatalogen', feilkoder: 'Feilkoder', feil: (n) => `Feil (${n})`, hull: 'Hull', advarsler: 'Advarsler', bevis: 'Bevisfiler',
  },
  sjekkliste: {
    intro: 'Punktene i Skatteetatens sjekkliste for inkassosystemleverandører som testpakken kan si noe om, med testene bak hvert punkt.',
    punkt: {
      token: 'Uthenting av token med riktig organisasjonsnummer via Maskinporten',
      flyt: 'Full flyt: innsending, feilhåndtering og validering',
      respons: 'Korrekt respons fra API-et',
      syntetisk: 'Bare syntetiske data i meldinger og vedlegg',
    },
    avsnitt: (n) => `punkt ${n}`,
    resultat: { bestaatt: 'bestått', feilet: 'feilet', ikkeDekket: 'ikke dekket av kjøringen', ikkeAktuelt: 'ikke aktuelt i dette miljøet' },
    tester: (n, b, f) => `${flertall(n, 'test', 'tester')}: ${b} bestått, ${f} feilet`,
    visTester: 'Testene',
    token: (n) => `${flertall(n, 'test', 'tester')} hentet token fra miljøets Maskinporten og sjekket at tokenet gjelder leverandørens organisasjonsnummer.`,
    tokenIngen: 'Ingen test i kjøringen hentet og sjekket et token.',
    flyt: {
      innsending: 'innsending', feilhaandtering: 'feilhåndtering', validering: 'validering',
      mangler: (deler) => `Kjøringen nådde ikke ${opplisting(deler, 'og')}.`,
      ok: 'Alle tre delene ble nådd.',
    },
    respons: (n, u) => `Hvert svar i ${flertall(n, 'test', 'tester')} ble sjekket mot API-dokumentet (status, innhold og skjema).${u ? ` ${flertall(u, 'svar', 'svar')} hadde en status dokumentet ikke nevner.` : ''}`,
    responsIngen: 'Ingen test sjekket et svar mot API-dokumentet.',
  },
  syntetisk: {
    ikkeAktuelt: 'Ikke nødvendig: alle forespørsler gikk til den innebygde sandkassen på denne maskinen, og ingenting forlot maskinen.',
    ingenForespoersler: 'Kontrollen var slått på, men ingen test sendte en forespørsel.',
    ok: (n, a) => `Hvert fødselsnummer og D-nummer i ${flertall(n, 'forespørsel', 'forespørsler')} ble sjekket før sending, og alle var syntetiske (Tenor legger 80 til måneden, andre syntetiske registre 40).${a ? ` ${flertall(a, 'advarsel', 'advarsler')} om organisasjonsnumre i serien ekte virksomheter får (8xx, 9xx).` : ' Ingen organisasjonsnumre i serien ekte virksomheter får (8xx, 9xx).'}`,
    stoppet: (n, s) => `Av ${flertall(n, 'kontrollert forespørsel', 'kontrollerte forespørsler')} ble ${s} stoppet før sending fordi ${s === 1 ? 'den' : 'de'} inneholdt et nummer som kan tilhøre en ekte person, og kjøringen ble stoppet; ingen av dem forlot maskinen.`,
    stoppTittel: 'Stoppet',
    advarslerTittel: 'Advarsler',
    funn: (f) =>
      `${f.forespoersel}: ${f.hvor} er ${f.verdi}, ${f.alvor === 'stopp' ? 'som ser ut som et ekte fødselsnummer eller D-nummer' : 'som er i serien ekte virksomheter får'}` +
      (f.kilde ? ` (kilde: ${f.kilde})` : f.alvor === 'stopp' ? ' (ingen eksempel- eller partsfil har det, så en generator eller testen selv laget det)' : ''),
  },
  matrise: {
    forklaring: 'Hver dokumenterte operasjon mot hver dokumenterte status. ✓ = nådd av minst én test (antall tester), ✗ = nådd bare av tester som feilet, – = ikke nådd, tom = ikke dokumentert.',
    operasjon: 'Operasjon', udokumenterte: 'Statuser observert som dokumentet ikke nevner', naadd: 'operasjon × status nådd', tester: (n) => flertall(n, 'test', 'tester'),
  },
  regler: { tabell: ['Kode', 'Tittel', 'Resultat', 'Tester', 'Merknad'], bygger: (v) => `Resultatene bygger bare på testene av ${v}.`, ingen: 'Kjøringen dekket ingen versjon av Utleggsbegjæring.' },
  endringer: {
    intro: 'Hva som skiller katalogene til versjonene kjøringen dekket, fra én versjon til den neste.',
    nye: (v) => `Nye koder i ${v}`, fjernet: (v) => `Fjernet i ${v}`, endret: (fra, til) => `Endret fra ${fra} til ${til}`, kode: 'Kode', tittel: 'Tittel', felt: 'Felt', ingen: 'ingen',
  },
  feilkodetabell: ['Katalog', 'Kode', 'HTTP-status', 'Betydning', 'Resultat', 'Tester', 'Merknad'],
  feil: {
    ingen: 'Ingen tester feilet.', prosjekt: 'prosjekt', reproduksjon: 'Reproduksjon (linjene virker som de står mot miljøet kjøringen gikk mot; tokenet hentes av første linje og skrives aldri her):',
    utelatt: (n) => `${n} tidligere forespørsler i testen er utelatt her; de ligger i Playwright-rapporten (reports/html).`,
    ingenCurl: 'Ingen HTTP-forespørsel ble sendt, så det finnes ingen curl-linje.',
    reproduksjonAntall: (n) => `Reproduksjon: ${flertall(n, 'kommando', 'kommandoer')} (tokenet hentes av første linje og skrives aldri her)`,
  },
  hull: {
    operasjoner: 'Dokumenterte operasjoner som ingen test nådde', statuser: 'Dokumenterte statuser som ingen test nådde (for operasjoner som ellers er testet)',
    regler: 'Regelkoder som ingen test nådde', ingenMatrise: 'Dokumentet kunne ikke leses, så det finnes ingen dekningsmatrise for versjonen (se advarslene).',
    feilkoder: 'Feilkoder som ingen test nådde', ikkeTestbare: 'Ikke testbare i dette miljøet', ingen: 'ingen',
  },
  bevis: {
    intro: 'Sjekksummer (sha256) for filene oppsummeringen bygger på, slik de var da kjøringen sluttet; summary.json har hele listen.', fil: 'Fil', bytes: 'Byte',
    utelatt: (n, b) => `Og ${flertall(n, 'fil', 'filer')} til (${b} byte): Playwright-rapportens data og vedlegg, med sjekksum i summary.json.`,
  },
  generertAv: (tid, versjon) => `Generert ${tid} av innkreving-conformance${versjon ? ` ${versjon}` : ''}.`,
  maskinlesbar: 'Maskinlesbar form: summary.json.',
  advarsel: {
    manglerSpesifikasjoner: 'Playwright-metadata mangler "spesifikasjoner"; dokumentversjoner og sjekksummer er ukjente.',
    manglerErSandkasse: 'Playwright-metadata mangler "erSandkasse"; miljøet er ukjent.',
    ukjentApi: (api) => `Playwright-metadata nevner API-et "${api}", som prosjektet ikke kjenner; det er ikke med i oppsummeringen.`,
    dokumentMangler: (api, v, g) => `Dokumentet for ${api} ${v} kunne ikke leses (${g}); dekningsmatrisen for versjonen mangler.`,
    dokumentEndret: (api, v, naa, brukt) => `Dokumentet for ${api} ${v} har endret seg etter kjøringen (sha256 ${naa}…, kjøringen brukte ${brukt}…); dekningsmatrisen bygger på dokumentet slik det er nå.`,
    katalogMangler: (v, g) => `Regelkatalogen for Utleggsbegjæring ${v} kunne ikke leses (${g}); regelkodene for versjonen mangler.`,
    kontraktUtenfor: (n, hva) => `${n} kontraktsresultat${n === 1 ? '' : 'er'} gjelder ${hva}, som kjøringen ikke dekker ifølge metadata; ${n === 1 ? 'det' : 'de'} er ikke talt med i noen dekningsmatrise.`,
    reglerUtenfor: (n, v) => `${n} test${n === 1 ? '' : 'er'} viser til regelkoder i Utleggsbegjæring ${v}, som kjøringen ikke dekker ifølge metadata; de er ikke talt med i noen regelkatalog.`,
    ukjentRegelkode: (v, kode) => `Testene for Utleggsbegjæring ${v} viser til koden ${kode}, som ikke står i katalogen for ${v}.`,
    ukjentFeilkode: (kode) => `Testene viser til koden ${kode}, som ikke står i katalogen.`,
  },
  feilmelding: { ukjent: 'ukjent feil', forkortet: '(forkortet)', aarsak: 'årsak', vedleggUlest: (g) => `(vedlegget kunne ikke leses: ${g})` },
  leverandoer: {
    tittel: 'Leverandørsystemets kjøring',
    undertittel: 'innkreving-conformance · det leverandørsystemet selv sendte, tatt opp og dømt',
    statuslinje: (x) =>
      `${x.feil ? `Opptaket viser ${flertall(x.feil, 'feil', 'feil')} i leverandørsystemets forespørsler og flyt` : 'Opptaket viser ingen feil i leverandørsystemets forespørsler og flyt'} (${flertall(x.utvekslinger, 'utveksling', 'utvekslinger')}, ${flertall(x.advarsler, 'advarsel', 'advarsler')}); ${x.vist} av ${x.scenarier} scenarier er vist.`,
    bareOpptakTittel: 'Bare et opptak – testpakken ble ikke kjørt.',
    bareOpptak: 'Oppsummeringen bygger bare på et opptak av det leverandørsystemet selv sendte og fikk til svar. Testpakkens egne tester ble ikke kjørt, så dekningsmatrise, regelkatalog, feilkoder og hull for testpakken er ikke med.',
    syntetiskISeksjonen: 'Kontrollen av at opptaket bare har syntetiske data står under «Leverandørsystemets kjøring».',
    miljoeNavn: (k) => (k === 'sandbox' || k === 'embeddedSandbox' ? 'prosjektets sandkasse (opptak)' : k === 'skatteetatenTest' ? 'Skatteetatens testmiljø (opptak gjennom proxyen)' : k === 'skatteetatenProduction' ? 'Skatteetatens produksjonsmiljø (opptak gjennom proxyen)' : 'et annet miljø (opptak gjennom proxyen)'),
    ikkeKjoert: 'ikke brukt (et opptak, ingen testkjøring)',
    fakta: {
      opptattGjennom: 'Opptatt gjennom', maal: 'Mål', bevis: 'Dokumentasjon mot Skatteetaten', ja: 'ja', neiSeMerknad: 'nei (se merknaden)', oekter: 'Økter',
      utvekslinger: 'Utvekslinger', utvekslingerVerdi: (n, k, u) => `${n} (${k} kall til API-ene${u ? `, ${u} uten svar` : ''})`,
      feil: 'Feil i leverandørsystemets forespørsler og flyt', advarsler: 'Advarsler', miljoeavvik: 'Avvik i miljøets svar', ikkeSjekket: 'ikke sjekket (svarene kom fra sandkassen)',
      statusintervall: 'Statusintervall', statusintervallVerdi: (s) => `${s} s mellom to spørringer om samme sak (vårt valg: ingen side oppgir et intervall)`,
      tokenmargin: 'Tokenmargin', tokenmarginVerdi: (s) => `et nytt token mens det forrige har mer enn ${s} s igjen, er et bortkastet grant (vårt valg)`,
      validerFoer: 'Valider før innsending', validerJa: 'ja: leverandøren oppgir at systemet validerer før det sender inn', validerNei: 'ikke krevd (leverandøren har ikke oppgitt det)',
    },
    modus: { sandkasse: 'sandkassen (npm run sandbox -- --record)', proxy: 'proxyen (npm run proxy)' },
    scenarier: { tittel: 'Scenarier', intro: 'Hvert scenario er krysset av bare når opptaket viser det gjort riktig.', hode: ['Scenario', 'Resultat', 'Utvekslinger', 'Merknad'] },
    scenarioTittel: {
      enkel: 'send inn en enkel begjæring', kompleks: 'send inn en kompleks med vedlegg', rett: 'rett en avvist begjæring', endre: 'endre en innsendt begjæring',
      status: 'følg status', feed: 'bla gjennom feeden til slutten', token: 'tål at tokenet går ut',
    },
    scenarioResultat: { vist: '✓ vist', feilet: '✗ feilet', ikkeVist: '– ikke vist' },
    sjekkliste: { tittel: 'Skatteetatens sjekkliste', intro: 'Punktene i sjekklisten for inkassosystemleverandører som et opptak kan si noe om.', hode: ['Punkt', 'Avsnitt', 'Resultat', 'Merknad'], avsnitt: (n) => `punkt ${n}` },
    sjekkpunkt: {
      token: 'Test uthenting av token med korrekt org.nr. via Maskinporten', systembruker: 'Sett opp Systembruker dersom dere utvikler systemer for andre',
      syntetisk: 'Bruk kun syntetiske data i vedlegg og meldinger', testmiljoe: 'Koble til Skatteetatens testmiljø: https://api-test.sits.no', spesifikasjon: 'Følg API-spesifikasjonen',
      feilhaandtering: 'Sørg for robust feilhåndtering og validering', polling: 'Implementer evt. polling eller event-varsling via Dialogporten (valgfritt)',
      flyt: 'Test full flyt: innsending, feilhåndtering og validering', respons: 'Verifiser at dere mottar korrekt respons fra API', logg: 'Loggfør testresultater og oppsummer testforløpet',
    },
    resultat: { bestaatt: 'bestått', feilet: 'feilet', ikkeDekket: 'ikke dekket av opptaket', ikkeAktuelt: 'ikke aktuelt' },
    operasjoner: { tittel: 'Operasjoner systemet brukte', hode: ['API', 'Operasjon', 'Kall', 'Statuser'], ikkeBrukt: (n) => `Operasjoner i de samme API-ene som opptaket ikke brukte (${n})`, ingen: 'ingen', intetSvar: 'intet svar' },
    regelkoder: { tittel: 'Regelkoder systemet nådde', katalog: (v, n, k, f) => `Utleggsbegjæring ${v}: ${n} av ${k} koder i ${f}`, hode: ['Versjon', 'Kode', 'Tittel', 'Funnet i', 'Utvekslinger'], ingen: 'ingen' },
    kilde: { foresporsel: 'forespørselen (dømt av opptaket)', svar: 'miljøets 422-svar' },
    kategori: { kontrakt: 'API-dokumentet', regel: 'Regelkatalogen', syntetisk: 'Syntetiske data', maskinporten: 'Maskinporten', flyt: 'Arbeidsflyt', svar: 'Miljøets svar' },
    feil: {
      tittel: (f, a) => `Hva systemet gjorde feil (${f} feil, ${flertall(a, 'advarsel', 'advarsler')})`, ingen: 'Ingen funn.', slutt: '(ved øktens slutt)', intetSvar: 'intet svar',
      feil: 'Feil', advarsel: 'Advarsel', se: (x) => `se ${x}`, reproduksjon: 'Reproduksjon (tokenet hentes med `npm run -s token` og skrives aldri her)',
    },
    miljoeSvar: { tittel: (n) => `Avvik i miljøets svar (${n})`, intro: 'Svar fra miljøet som ikke stemmer med dokumentet: Skatteetatens side kan ha endret seg.', ingen: 'Ingen.' },
    opptaket: { tittel: 'Opptaket', hode: ['Fil', 'Økt', 'Start', 'Utvekslinger', 'Byte', 'sha256'] },
    advarsler: 'Advarsler om opptaket',
  },
};

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

const en: Tekster = {
  locale: 'en-GB',
  tittel: 'Certification summary',
  undertittel: "innkreving-conformance · test suite for Skatteetaten's debt-enforcement APIs",
  resultat: { bestaatt: 'passed', feilet: 'failed', ikkeTestbar: 'not testable in this environment', ikkeNaadd: 'not reached' },
  kjoeringsstatus: { passed: 'passed', failed: 'failed', timedout: 'timed out', interrupted: 'interrupted' },
  utfall: { bestaatt: 'passed', feilet: 'failed', avbrutt: 'interrupted', tidsavbrutt: 'timed out' },
  miljoenavn: { 'lokal sandkasse': 'local sandbox', 'Skatteetatens testmiljø': "Skatteetaten's test environment" },
  statuslinje(utfall, t) {
    if (utfall === 'feilet') return `The run failed: ${t.feilet} of ${plural(t.tester, 'test', 'tests')} failed.`;
    if (utfall === 'avbrutt') return `The run was interrupted: ${t.ikkeKjoert} of ${plural(t.tester, 'test', 'tests')} did not run.`;
    if (utfall === 'tidsavbrutt') return `The run timed out: ${t.ikkeKjoert} of ${plural(t.tester, 'test', 'tests')} did not run.`;
    return `The run passed: none of ${plural(t.tester, 'test', 'tests')} failed.`;
  },
  statusForbehold: { ikkeBevis: "It is not evidence about Skatteetaten's test environment (see the notice below).", delvis: 'It covers only part of the suite.' },
  miljoeMerknad(klasse, baseUrl, testklient) {
    const client = testklient ? " The tokens came from the sandbox's own test client, which belongs to no supplier." : '';
    switch (klasse) {
      case 'skatteetatenTest':
        return testklient ? `The run went to Skatteetaten's test environment, but with the sandbox's test client, not the supplier's own Maskinporten client.${client}` : null;
      case 'embeddedSandbox':
        return `This run went to the project's local sandbox, not to Skatteetaten's environment. The results show that the suite and the client fit together, but are no evidence that anything works against Skatteetaten.${client}`;
      case 'sandbox':
        return `This run went to a sandbox at ${baseUrl}, not to Skatteetaten's environment. The results are no evidence that anything works against Skatteetaten.${client}`;
      case 'skatteetatenProduction':
        return `This run went to Skatteetaten's production environment (${baseUrl}). The checklist asks for testing in the test environment before production access; this is not that evidence.${client}`;
      case 'custom':
        return `This run went to ${baseUrl}, which is not Skatteetaten's test environment (for example another sandbox, a stub or a proxy). The results are no evidence that anything works against Skatteetaten.${client}`;
      default:
        return `Which environment the run went to is unknown (metadata is missing), so the results are no evidence that anything works against Skatteetaten.${client}`;
    }
  },
  miljoeMerknadTittel(klasse) {
    return klasse === 'embeddedSandbox' || klasse === 'sandbox' ? "Sandbox – not Skatteetaten's environment." : "Not evidence about Skatteetaten's test environment.";
  },
  delvisTittel: 'Partial run – not a full certification.',
  delvisMerknad(filtre, ikkeKjoert) {
    const parts = [];
    if (filtre.length) parts.push(`The run was narrowed by ${filtre.join('; ')}`);
    if (ikkeKjoert) parts.push(`${plural(ikkeKjoert, 'test', 'tests')} did not run`);
    return `${parts.join(', and ')}. Tests outside it are not included, so gaps and codes "not reached" may be due to the narrowing.`;
  },
  delkjoeringTittel: 'Partial result.',
  shardMerknad: (shard, av) => `This is only part ${shard} of ${av} of the run. The whole summary is made with "npx playwright merge-reports".`,
  manglendeShards: (mangler, av) => `The merge lacks part ${mangler.join(', ')} of ${av}; the tests of those parts are not included.`,
  datamodell: (d) => `data model ${d}`,
  regelkoder: (n) => plural(n, 'rule code', 'rule codes'),
  felt: { tittel: 'title', beskrivelse: 'description', avvikstekst: 'message text', gjelderKunEndringer: 'applies to changes only' },
  ja: 'yes',
  nei: 'no',
  katalogendring: (fra, til, a, b, nye, fjernet, endret) => `Utleggsbegjæring ${fra} → ${til} (${a} → ${b} rule codes): ${nye} added, ${fjernet} removed, ${endret} changed`,
  katalog: { kravogbetalinger: 'Krav og betalinger (KB)', das: 'Common (DAS)' },
  tidssone: 'Norwegian time',
  varighet: { s: 's', min: 'min', t: 'h' },
  totalt: ['Tests', 'Passed', 'Failed', 'Skipped', 'Flaky', 'Not run'],
  totaltHode: ['Outcome', 'Count'],
  fakta: {
    miljoe: 'Environment', baseUrl: 'Address (base URL)', maskinporten: 'Maskinporten', leverandoer: 'Supplier (organisation number)', start: 'Start', slutt: 'End',
    varighet: 'Duration', status: 'Status of the run', dekning: 'Coverage (operation × documented status)',
    ingenLeverandoer: (org) => `none – the sandbox's test client${org ? ` (${org})` : ''} belongs to no supplier`,
    ikkeOppgitt: 'not given', av: (a, b) => `${a} of ${b}`,
  },
  grunnlag: {
    tittel: 'Grounds of the run', prosjekt: 'Test suite', commit: 'Git commit', endret: 'with local changes not committed', uendret: 'without local changes',
    ukjentCommit: 'unknown (not a git working tree)', froe: 'Seed of the generated data', node: 'Node.js', playwright: 'Playwright', filtre: 'Narrowing', ingenFiltre: 'none – the whole suite',
    parter: 'Parties (persons and organisations)', generert: (froe) => `generated by the sandbox${froe === null ? '' : ` (seed ${froe})`}`,
    fil: (sti, filer, p, o) => `from the file ${sti} (${filer}): ${plural(p, 'person', 'persons')}, ${plural(o, 'organisation', 'organisations')}`,
    ukjent: 'unknown',
  },
  spesifikasjoner: { tittel: 'Specifications', api: 'API', versjon: 'Version', kilde: 'Source', publisert: "Skatteetaten's published document", rekonstruksjon: "the project's reconstruction" },
  koder: {
    ikkeKjoert: 'the tests that refer to the code did not run', ingenTest: 'no test refers to the code', hoppetOverUtenGrunn: 'skipped without a reason',
    statusBetydning: (status) => `${HTTP_EN[status] ?? `HTTP status ${status}.`} The catalog does not describe the code further.`,
  },
  seksjon: {
    totalt: 'Totals', sjekkliste: "Skatteetaten's checklist", syntetisk: 'Only synthetic data', dekning: 'Coverage matrix', regler: 'Rule catalog (422 checks)',
    katalogendringer: 'Changes in the rule catalog', feilkoder: 'Error codes', feil: (n) => `Failures (${n})`, hull: 'Gaps', advarsler: 'Warnings', bevis: 'Evidence files',
  },
  sjekkliste: {
    intro: "The items of Skatteetaten's checklist for debt-collection system suppliers the suite can speak to, with the tests behind each.",
    punkt: {
      token: 'Getting a token with the right organisation number from Maskinporten',
      flyt: 'Full flow: submission, error handling and validation',
      respons: 'Correct answers from the API',
      syntetisk: 'Only synthetic data in messages and attachments',
    },
    avsnitt: (n) => `item ${n}`,
    resultat: { bestaatt: 'passed', feilet: 'failed', ikkeDekket: 'not covered by the run', ikkeAktuelt: 'does not apply to this environment' },
    tester: (n, b, f) => `${plural(n, 'test', 'tests')}: ${b} passed, ${f} failed`,
    visTester: 'The tests',
    token: (n) => `${plural(n, 'test', 'tests')} got a token from the environment's Maskinporten and checked that it is for the supplier's organisation number.`,
    tokenIngen: 'No test of the run got and checked a token.',
    flyt: {
      innsending: 'submission', feilhaandtering: 'error handling', validering: 'validation',
      mangler: (deler) => `The run did not reach ${opplisting(deler, 'and')}.`,
      ok: 'All three parts were reached.',
    },
    respons: (n, u) => `Every answer in ${plural(n, 'test', 'tests')} was checked against the API document (status, content and schema).${u ? ` ${plural(u, 'answer', 'answers')} had a status the document does not list.` : ''}`,
    responsIngen: 'No test checked an answer against the API document.',
  },
  syntetisk: {
    ikkeAktuelt: 'Not needed: every request went to the embedded sandbox on this machine, and nothing left the machine.',
    ingenForespoersler: 'The check was on, but no test sent a request.',
    ok: (n, a) => `Every fødselsnummer and D-nummer in ${plural(n, 'request', 'requests')} was checked before sending, and all were synthetic (Tenor adds 80 to the month, other synthetic registers 40).${a ? ` ${plural(a, 'warning', 'warnings')} about organisation numbers in the series real enterprises get (8xx, 9xx).` : ' No organisation numbers in the series real enterprises get (8xx, 9xx).'}`,
    stoppet: (n, s) => `Of ${plural(n, 'request', 'requests')} checked, ${s} ${s === 1 ? 'was' : 'were'} stopped before sending because ${s === 1 ? 'it' : 'they'} held a number that may belong to a real person, and the run was stopped; none of them left the machine.`,
    stoppTittel: 'Stopped',
    advarslerTittel: 'Warnings',
    funn: (f) =>
      `${f.forespoersel}: ${f.hvor} is ${f.verdi}, ${f.alvor === 'stopp' ? 'which looks like a real fødselsnummer or D-nummer' : 'which is in the series real enterprises get'}` +
      (f.kilde ? ` (source: ${f.kilde})` : f.alvor === 'stopp' ? ' (no example or parties file holds it, so a generator or the test itself made it)' : ''),
  },
  matrise: {
    forklaring: 'Every documented operation against every documented status. ✓ = reached by at least one test (number of tests), ✗ = reached only by tests that failed, – = not reached, empty = not documented.',
    operasjon: 'Operation', udokumenterte: 'Statuses observed that the document does not list', naadd: 'operation × status reached', tester: (n) => plural(n, 'test', 'tests'),
  },
  regler: { tabell: ['Code', 'Title', 'Result', 'Tests', 'Note'], bygger: (v) => `The results rest only on the tests of ${v}.`, ingen: 'The run covered no version of Utleggsbegjæring.' },
  endringer: {
    intro: 'What tells the catalogs of the versions the run covered apart, from one version to the next.',
    nye: (v) => `New codes in ${v}`, fjernet: (v) => `Removed in ${v}`, endret: (fra, til) => `Changed from ${fra} to ${til}`, kode: 'Code', tittel: 'Title', felt: 'Field', ingen: 'none',
  },
  feilkodetabell: ['Catalog', 'Code', 'HTTP status', 'Meaning', 'Result', 'Tests', 'Note'],
  feil: {
    ingen: 'No tests failed.', prosjekt: 'project', reproduksjon: 'Reproduction (the lines work as written against the environment of the run; the first line gets the token, which is never written here):',
    utelatt: (n) => `${n} earlier requests of the test are left out here; they are in the Playwright report (reports/html).`,
    ingenCurl: 'No HTTP request was sent, so there is no curl line.',
    reproduksjonAntall: (n) => `Reproduction: ${plural(n, 'command', 'commands')} (the first line gets the token, which is never written here)`,
  },
  hull: {
    operasjoner: 'Documented operations no test reached', statuser: 'Documented statuses no test reached (for operations otherwise tested)',
    regler: 'Rule codes no test reached', ingenMatrise: 'The document could not be read, so there is no coverage matrix for the version (see the warnings).',
    feilkoder: 'Error codes no test reached', ikkeTestbare: 'Not testable in this environment', ingen: 'none',
  },
  bevis: {
    intro: 'Checksums (sha256) of the files the summary rests on, as they were when the run ended; summary.json has the whole list.', fil: 'File', bytes: 'Bytes',
    utelatt: (n, b) => `And ${plural(n, 'file', 'files')} more (${b} bytes): the Playwright report's data and attachments, with checksums in summary.json.`,
  },
  generertAv: (tid, versjon) => `Generated ${tid} by innkreving-conformance${versjon ? ` ${versjon}` : ''}.`,
  maskinlesbar: 'Machine-readable form: summary.json.',
  advarsel: {
    manglerSpesifikasjoner: 'The Playwright metadata lacks "spesifikasjoner"; document versions and checksums are unknown.',
    manglerErSandkasse: 'The Playwright metadata lacks "erSandkasse"; the environment is unknown.',
    ukjentApi: (api) => `The Playwright metadata names the API "${api}", which the project does not know; it is left out of the summary.`,
    dokumentMangler: (api, v, g) => `The document of ${api} ${v} could not be read (${g}); the version's coverage matrix is missing.`,
    dokumentEndret: (api, v, naa, brukt) => `The document of ${api} ${v} changed after the run (sha256 ${naa}…, the run used ${brukt}…); the coverage matrix rests on the document as it is now.`,
    katalogMangler: (v, g) => `The rule catalog of Utleggsbegjæring ${v} could not be read (${g}); the version's rule codes are missing.`,
    kontraktUtenfor: (n, hva) => `${plural(n, 'contract result concerns', 'contract results concern')} ${hva}, which the run did not cover according to its metadata; ${n === 1 ? 'it is' : 'they are'} not counted in any coverage matrix.`,
    reglerUtenfor: (n, v) => `${plural(n, 'test refers', 'tests refer')} to rule codes of Utleggsbegjæring ${v}, which the run did not cover according to its metadata; they are not counted in any rule catalog.`,
    ukjentRegelkode: (v, kode) => `The tests of Utleggsbegjæring ${v} refer to the code ${kode}, which is not in the catalog of ${v}.`,
    ukjentFeilkode: (kode) => `The tests refer to the code ${kode}, which is not in the catalog.`,
  },
  feilmelding: { ukjent: 'unknown error', forkortet: '(shortened)', aarsak: 'cause', vedleggUlest: (g) => `(the attachment could not be read: ${g})` },
  leverandoer: {
    tittel: "The supplier system's run",
    undertittel: 'innkreving-conformance · what the supplier system itself sent, recorded and judged',
    statuslinje: (x) =>
      `${x.feil ? `The recording shows ${plural(x.feil, 'error', 'errors')} in the supplier system's requests and flow` : "The recording shows no errors in the supplier system's requests and flow"} (${plural(x.utvekslinger, 'exchange', 'exchanges')}, ${plural(x.advarsler, 'warning', 'warnings')}); ${x.vist} of ${x.scenarier} scenarios are shown.`,
    bareOpptakTittel: 'A recording only – the suite did not run.',
    bareOpptak: "The summary rests only on a recording of what the supplier system itself sent and got back. The suite's own tests did not run, so the suite's coverage matrix, rule catalog, error codes and gaps are not included.",
    syntetiskISeksjonen: "The check that the recording holds only synthetic data is under \"The supplier system's run\".",
    miljoeNavn: (k) => (k === 'sandbox' || k === 'embeddedSandbox' ? "the project's sandbox (recording)" : k === 'skatteetatenTest' ? "Skatteetaten's test environment (recording through the proxy)" : k === 'skatteetatenProduction' ? "Skatteetaten's production environment (recording through the proxy)" : 'another environment (recording through the proxy)'),
    ikkeKjoert: 'not used (a recording, no test run)',
    fakta: {
      opptattGjennom: 'Recorded through', maal: 'Target', bevis: 'Evidence about Skatteetaten', ja: 'yes', neiSeMerknad: 'no (see the notice)', oekter: 'Sessions',
      utvekslinger: 'Exchanges', utvekslingerVerdi: (n, k, u) => `${n} (${k} calls to the APIs${u ? `, ${u} without an answer` : ''})`,
      feil: "Errors in the supplier system's requests and flow", advarsler: 'Warnings', miljoeavvik: "Deviations in the environment's answers", ikkeSjekket: 'not checked (the answers came from the sandbox)',
      statusintervall: 'Status interval', statusintervallVerdi: (s) => `${s} s between two queries about the same case (our choice: no page gives an interval)`,
      tokenmargin: 'Token margin', tokenmarginVerdi: (s) => `a new token while the last one has more than ${s} s left is a wasted grant (our choice)`,
      validerFoer: 'Validate before submitting', validerJa: 'yes: the supplier says the system validates before it submits', validerNei: 'not required (the supplier has not said so)',
    },
    modus: { sandkasse: 'the sandbox (npm run sandbox -- --record)', proxy: 'the proxy (npm run proxy)' },
    scenarier: { tittel: 'Scenarios', intro: 'Each scenario is ticked only when the recording shows it done right.', hode: ['Scenario', 'Result', 'Exchanges', 'Note'] },
    scenarioTittel: {
      enkel: 'submit a simple petition', kompleks: 'submit a complex one with attachments', rett: 'correct a rejected petition', endre: 'change a submitted petition',
      status: 'poll its status', feed: 'page the feed to the end', token: 'survive a token expiry',
    },
    scenarioResultat: { vist: '✓ shown', feilet: '✗ failed', ikkeVist: '– not shown' },
    sjekkliste: { tittel: "Skatteetaten's checklist", intro: "The items of the checklist for debt-collection system suppliers a recording can speak to.", hode: ['Item', 'Section', 'Result', 'Note'], avsnitt: (n) => `item ${n}` },
    sjekkpunkt: {
      token: 'Test getting a token with the right organisation number from Maskinporten', systembruker: 'Set up a system user if you build systems for others',
      syntetisk: 'Use only synthetic data in attachments and messages', testmiljoe: "Connect to Skatteetaten's test environment: https://api-test.sits.no", spesifikasjon: 'Follow the API specification',
      feilhaandtering: 'Make error handling and validation robust', polling: 'Implement polling or event notification through Dialogporten if wanted (optional)',
      flyt: 'Test the full flow: submission, error handling and validation', respons: 'Verify that you get correct answers from the API', logg: 'Log the test results and summarise the run',
    },
    resultat: { bestaatt: 'passed', feilet: 'failed', ikkeDekket: 'not covered by the recording', ikkeAktuelt: 'does not apply' },
    operasjoner: { tittel: 'Operations the system used', hode: ['API', 'Operation', 'Calls', 'Statuses'], ikkeBrukt: (n) => `Operations of the same APIs the recording did not use (${n})`, ingen: 'none', intetSvar: 'no answer' },
    regelkoder: { tittel: 'Rule codes the system reached', katalog: (v, n, k, f) => `Utleggsbegjæring ${v}: ${n} of ${k} codes in ${f}`, hode: ['Version', 'Code', 'Title', 'Found in', 'Exchanges'], ingen: 'none' },
    kilde: { foresporsel: 'the request (judged by the recording)', svar: "the environment's 422 answer" },
    kategori: { kontrakt: 'The API document', regel: 'The rule catalog', syntetisk: 'Synthetic data', maskinporten: 'Maskinporten', flyt: 'Workflow', svar: "The environment's answer" },
    feil: {
      tittel: (f, a) => `What the system got wrong (${plural(f, 'error', 'errors')}, ${plural(a, 'warning', 'warnings')})`, ingen: 'No findings.', slutt: '(at the end of the session)', intetSvar: 'no answer',
      feil: 'Error', advarsel: 'Warning', se: (x) => `see ${x}`, reproduksjon: 'Reproduction (the token is fetched with `npm run -s token` and never written here)',
    },
    miljoeSvar: { tittel: (n) => `Deviations in the environment's answers (${n})`, intro: "Answers from the environment that do not match the document: Skatteetaten's side may have changed.", ingen: 'None.' },
    opptaket: { tittel: 'The recording', hode: ['File', 'Session', 'Start', 'Exchanges', 'Bytes', 'sha256'] },
    advarsler: 'Warnings about the recording',
  },
};

const TEKSTER: Record<Spraak, Tekster> = { nb, en };

export function tekster(spraak: Spraak = 'nb'): Tekster {
  return TEKSTER[spraak] ?? nb;
}
