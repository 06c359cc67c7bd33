import { redactText } from '../../src/redact.ts';
import type { Leverandoerrapport } from './modell.ts';

/** The machine-readable form: the model as it is, redacted once more on the way out. */
export function toJson(r: Leverandoerrapport): string {
  return redactText(`${JSON.stringify(r, null, 2)}\n`);
}
