import { regel } from '../modul.ts';
import { erDato, idag } from './felles/dato.ts';
import { erObjekt } from './felles/modell.ts';
import { liste } from './felles/tekst.ts';

// A payment booked after today (ktx.idag, the server's date, else the machine's date in Norway) has
// not happened yet; one booked today has. 0.9 claims carry no payments and find nothing here.
export default regel(import.meta.url, 'INNBETALING_FRAM_I_TID', (b, ktx, rapporter) => {
  const krav = liste(b.kravTilInnkreving);
  let dag: string | undefined;
  for (let i = 0; i < krav.length; i++) {
    const innbetalinger: unknown = krav[i]?.innbetaling;
    if (!Array.isArray(innbetalinger)) continue;
    for (let j = 0; j < innbetalinger.length; j++) {
      const inn: unknown = innbetalinger[j];
      const dato = erObjekt(inn) ? inn.bokfoertDato : undefined;
      if (!erDato(dato)) continue;
      dag ??= idag(ktx);
      if (dato > dag) rapporter(undefined, `/kravTilInnkreving/${i}/innbetaling/${j}/bokfoertDato`);
    }
  }
});
