import { redactText } from '../src/redact.ts';
import type { Sertifiseringsrapport } from './types.ts';

/** The machine-readable summary: the model itself, redacted once more as a whole. */
export function toJson(r: Sertifiseringsrapport): string {
  return `${redactText(JSON.stringify(r, null, 2))}\n`;
}
