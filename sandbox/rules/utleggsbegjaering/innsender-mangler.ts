import { regel } from '../modul.ts';

// An innsender entry that names neither a person nor an organisation says nothing about who sent it.
export default regel(import.meta.url, 'INNSENDER_MANGLER', (b, _ktx, rapporter) => {
  const a = b.innsender?.innsender;
  if (!a?.person && !a?.virksomhet) rapporter(undefined, a ? '/innsender/innsender' : '/innsender');
});
