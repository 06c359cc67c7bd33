import { regel } from '../modul.ts';
import { saksreferanse } from './felles/status.ts';

// Closed or rejected cases can no longer be changed.
const LUKKET = new Set(['avsluttet', 'avvist']);

export default regel(import.meta.url, 'UGYLDIG_STATUS', (_b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (t && LUKKET.has(t.status)) rapporter({ eksternSaksreferanse: saksreferanse(t.begjaering), tilstand: t.status });
}, { trenger: ['tidligere'] });
