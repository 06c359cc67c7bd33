import { regel } from '../modul.ts';
import { erObjekt } from './felles/modell.ts';

// An innsender entry that names neither a person nor an organisation (2.1 also: a sammenslutning) says
// nothing about who sent it.
export default regel(import.meta.url, 'INNSENDER_MANGLER', (b, _ktx, rapporter) => {
  const a = b.innsender?.innsender;
  if (!a?.person && !a?.virksomhet && !erObjekt(a?.sammenslutning)) rapporter(undefined, a ? '/innsender/innsender' : '/innsender');
});
