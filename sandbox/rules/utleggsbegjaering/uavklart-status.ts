import { regel } from '../modul.ts';
import { saksreferanse } from './felles/status.ts';

// Submitted but not yet handled: a change must wait until the earlier submission is processed.
const UBEHANDLET = new Set(['mottatt', 'underBehandling']);

export default regel(import.meta.url, 'UAVKLART_STATUS', (_b, ktx, rapporter) => {
  const t = ktx.tidligere;
  if (t && UBEHANDLET.has(t.status)) rapporter({ eksternSaksreferanse: saksreferanse(t.begjaering) });
}, { trenger: ['tidligere'] });
