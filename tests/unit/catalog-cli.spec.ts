import { test, expect } from '@playwright/test';
import { execFile } from 'node:child_process';
import { diffKataloger, type Katalograd } from '../../tools/catalog/diff.ts';
import { runCatalog } from '../../tools/catalog/run.ts';

/** The 72-code table minus the 49 seed codes (2026/feilkoder-72-med-historikk.md), in table order. */
const NYE_I_V2 = [
  'ER_IKKE_HOVEDENHET', 'GEBYR_ELLER_SAKSKOSTNAD_HAR_ET_RELATERTKRAV_SOM_IKKE_ER_HOVEDSTOL', 'HOVEDSTOL_SKAL_IKKE_HA_ET_RELATERT_KRAV',
  'INNBETALING_FRAM_I_TID', 'KRAV_MANGLER_FORFALLSDATO', 'KRAV_OPPGIS_UTEN_FORFALLSDATO', 'PRIORITET_MANGLER',
  'PRIORITET_MANGLER_PÅ_RENTEOPPLYSNINGER', 'PRIORITET_MANGLER_PÅ_RETTSGEBYR', 'RELATERTE_KRAV_KAN_IKKE_PEKE_PÅ_SEG_SELV',
  'RENTEKRAV_KAN_BARE_RELATERES_TIL_ETT_KRAV', 'RENTEKRAV_KAN_IKKE_HA_RENTEKRAV', 'RENTEKRAV_KAN_IKKE_HA_RENTEOPPLYSNINGER',
  'RENTEKRAV_PERIODE_MAA_HA_GYLDIG_PERIODE', 'RENTEKRAV_TILKNYTTET_IKKE_RENTEKRAV', 'RENTE_MAA_HA_RELATERT_KRAV', 'SAKSOEKT_ER_ENK',
  'SAKSOEKT_ER_IKKE_HOVEDENHET', 'SAKSOEKT_GAMMELT_REGELVERK', 'SAKSOEKT_MANGLER_I_REGISTERET', 'SAKSOKER_ER_ENK',
  'ULOVLIG_ENDRING_SAKSOEKER', 'ULOVLIG_ENDRING_SAKSOEKT',
];

/** The seed's typos that the 2026 table corrected. */
const RETTET = [
  {
    kode: 'RELATERTE_KRAV_MÅ_FINNES',
    tittel: 'Relaterte krav må peke til krav i samme tvangsgrunnlag',
    felt: [{ felt: 'tittel', fra: 'Relaterte krav på peke til krav i samme tvangsgrunnlag', til: 'Relaterte krav må peke til krav i samme tvangsgrunnlag' }],
  },
  {
    kode: 'RELATERTE_KRAV_UGYLDIGE_KRAVREFERANSER',
    tittel: 'Relaterte krav peker på krav som ikke eksisterer',
    felt: [{ felt: 'beskrivelse', fra: 'Kravreferanser må være gylidige', til: 'Kravreferanser må være gyldige' }],
  },
];

function catalog(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCatalog(args, (t) => void (stdout += t), (t) => void (stderr += t));
  return { code, stdout, stderr };
}

function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'bin/catalog.ts', ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr });
    });
  });
}

test('v1 → v2 lists exactly the 23 added codes, none removed, and the corrected texts as changes', () => {
  const { code, stdout } = catalog('diff', 'v1', 'v2', '--json');
  expect(code).toBe(0);
  const diff = JSON.parse(stdout);
  expect(diff).toMatchObject({ fra: 'v1', til: 'v2', antall: { fra: 49, til: 72 }, fjernet: [], endret: RETTET });
  expect(diff.lagtTil.map((r: Katalograd) => r.kode)).toEqual(NYE_I_V2);
  // A supplier needs the whole row of a new code: its message template and whether it applies to changes only.
  expect(diff.lagtTil.find((r: Katalograd) => r.kode === 'ULOVLIG_ENDRING_SAKSOEKER')).toMatchObject({ gjelderKunEndringer: true, tittel: 'Det er ikke tillatt å endre saksøker' });
});

test('the text groups added, removed and changed codes, each change old → new', () => {
  const { code, stdout, stderr } = catalog('diff', 'v1', 'v2');
  expect(code).toBe(0);
  expect(stderr).toBe('');
  expect(stdout).toContain('v1 (49 codes) → v2 (72 codes): 23 added, 0 removed, 2 changed.');
  expect(stdout).toContain('\nAdded (23):\n  ER_IKKE_HOVEDENHET: Saksøker er ikke angitt med hovedenhet\n');
  expect(stdout).toContain('  ULOVLIG_ENDRING_SAKSOEKER: Det er ikke tillatt å endre saksøker (applies only to changes)\n');
  expect(stdout).toContain('\nRemoved (0): none\n');
  expect(stdout).toContain('\nChanged (2):\n  RELATERTE_KRAV_MÅ_FINNES\n    tittel: "Relaterte krav på peke til krav i samme tvangsgrunnlag" → "Relaterte krav må peke til krav i samme tvangsgrunnlag"\n');
  expect(stdout).toContain('    beskrivelse: "Kravreferanser må være gylidige" → "Kravreferanser må være gyldige"\n');
});

test('backwards, the new codes are the removed ones', () => {
  const diff = JSON.parse(catalog('diff', 'v2', 'v1', '--json').stdout);
  expect(diff.lagtTil).toEqual([]);
  expect(diff.fjernet.map((r: Katalograd) => r.kode)).toEqual(NYE_I_V2);
  expect(diff.endret.map((e: { felt: { fra: string; til: string }[] }) => e.felt[0].til)).toEqual(RETTET.map((r) => r.felt[0].fra));
});

test('diffKataloger compares the four fields a supplier depends on, and nothing else', () => {
  const rad = (kode: string, endre: Partial<Katalograd & { foersteKatalog: number }> = {}) => ({ kode, tittel: 't', beskrivelse: 'b', avvikstekst: 'a %x', gjelderKunEndringer: false, ...endre });
  const diff = diffKataloger(
    { versjon: 'a', regler: [rad('A'), rad('B'), rad('C'), rad('D')] },
    { versjon: 'b', regler: [rad('E'), rad('D', { foersteKatalog: 72 }), rad('C', { avvikstekst: 'a %y', gjelderKunEndringer: true }), rad('A')] },
  );
  expect(diff.lagtTil.map((r) => r.kode)).toEqual(['E']);
  expect(diff.fjernet.map((r) => r.kode)).toEqual(['B']);
  expect(diff.endret).toEqual([{ kode: 'C', tittel: 't', felt: [{ felt: 'avvikstekst', fra: 'a %x', til: 'a %y' }, { felt: 'gjelderKunEndringer', fra: false, til: true }] }]);
});

test('bad input is one line on stderr and exit 2; --help prints the usage', async () => {
  const bad: [string[], RegExp][] = [
    [[], /no subcommand given/],
    [['show', 'v1'], /unknown subcommand "show"/],
    [['diff', 'v1'], /diff needs two versions/],
    [['diff', 'v1', 'v9'], /unknown version "v9" \(known: v1, v2\)/],
    [['diff', 'v1', 'v2', '--yaml'], /unknown option --yaml/],
  ];
  const runs = await Promise.all([...bad.map(([args]) => cli(...args)), cli('--help')]);
  bad.forEach(([args, message], i) => {
    const { code, stdout, stderr } = runs[i];
    expect(code, args.join(' ')).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n'), args.join(' ')).toHaveLength(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
  });
  const help = runs[bad.length];
  expect(help.code).toBe(0);
  expect(help.stdout).toMatch(/^usage: catalog diff <from-version> <to-version> \[--json\]/);
});
