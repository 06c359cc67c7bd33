import { regel } from '../modul.ts';
import { idag } from './felles/dato.ts';
import { gammeltRegelverk, iOvergangsperioden } from './felles/gammelt-regelverk.ts';
import { idVerdi, identifikatorSti, identifisertLedd, leddetsIdentifikator } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// In the transition period a debtor on the old rules goes to ELSA, not to this API. Which debtors are,
// Betjeningskartet says; the data file holds the test environment's locked persons and organisations,
// so this needs no server state and is judged offline too. Outside the period (by ktx.idag, else the
// machine's date) nobody is on the old rules and the rule finds nothing.
export default regel(import.meta.url, 'SAKSOEKT_GAMMELT_REGELVERK', (b, ktx, rapporter) => {
  const saksoekte = liste(b.saksoekt);
  let iPerioden: boolean | undefined;
  let laaste: ReadonlySet<string> | undefined;
  for (let i = 0; i < saksoekte.length; i++) {
    const a = saksoekte[i]?.saksoekt;
    const ledd = identifisertLedd(a);
    if (!a || !ledd) continue;
    const id = idVerdi(leddetsIdentifikator(a, ledd))!;
    laaste ??= gammeltRegelverk().laaste;
    if (!laaste.has(id)) continue;
    iPerioden ??= iOvergangsperioden(idag(ktx));
    if (iPerioden) rapporter({ identifikator: id }, identifikatorSti(`/saksoekt/${i}/saksoekt`, a, ledd));
  }
});
