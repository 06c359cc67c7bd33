import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

export const KORRELASJONSID = 'korrelasjonsid';

/** The client's Korrelasjonsid when it sent one, else a fresh uuid, so every answer can be traced. */
export function korrelasjonsidFor(req: IncomingMessage): string {
  const sent = req.headers[KORRELASJONSID];
  const value = Array.isArray(sent) ? sent[0] : sent;
  return value && value.trim() !== '' ? value : randomUUID();
}
