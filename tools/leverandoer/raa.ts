import { createHash, type Hash } from 'node:crypto';

/**
 * An exchange as a tap saw it, before it is judged and redacted: the sandbox's hook and the proxy both
 * hand these to the recorder. Bodies are copies taken from the stream as it passed (a tee), never the
 * stream itself, and only up to what the judges read; hash and size are of every byte.
 */
export interface RaaUtveksling {
  /** ms since the epoch, at the request's first byte and at the answer's last. */
  start: number;
  slutt: number;
  metode: string;
  /** Path and query as the client sent them. */
  url: string;
  /** The origin the request was served by (the sandbox's, or the proxy's target). */
  origin: string;
  foresporselHeaders: Record<string, string>;
  inn: Kroppskopi;
  svar?: { status: number; headers: Record<string, string>; kropp: Kroppskopi };
  avbrudd?: string;
}

export interface Kroppskopi {
  /** The bytes kept, when the body is of a kind the judges read and no larger than the cap. */
  data?: Buffer;
  bytes: number;
  sha256: string;
  avkortet: boolean;
}

/** What the judges read of a body: JSON, forms and text; uploads (PDF, images) only by size and hash. */
export const MAKS_LEST_KROPP = 5 * 1024 * 1024;

export function leses(contentType: string | undefined): boolean {
  const type = (contentType ?? '').split(';')[0].trim().toLowerCase();
  return type === '' || type.includes('json') || type.startsWith('text/') || type === 'application/x-www-form-urlencoded' || type.endsWith('+xml') || type === 'application/xml';
}

/**
 * A tee of a body stream: counts and hashes every chunk, keeps a copy up to the cap. The chunks are the
 * stream's own buffers, so keeping them costs no copy until the end.
 */
export class Tapp {
  private readonly hash: Hash = createHash('sha256');
  private chunks: Buffer[] | undefined;
  private bytes = 0;
  private avkortet = false;

  constructor(behold: boolean, private readonly cap = MAKS_LEST_KROPP) {
    this.chunks = behold ? [] : undefined;
  }

  skriv(chunk: Buffer | string): void {
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.hash.update(buf);
    this.bytes += buf.length;
    if (this.chunks) {
      if (this.bytes > this.cap) {
        this.chunks = undefined;
        this.avkortet = true;
      } else this.chunks.push(buf);
    }
  }

  /** Whether a copy is still being kept (the caller may decide on the content type late). */
  set behold(ja: boolean) {
    if (!ja) this.chunks = undefined;
    else if (!this.chunks && this.bytes === 0 && !this.avkortet) this.chunks = [];
  }

  ferdig(): Kroppskopi {
    const data = this.chunks ? (this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks)) : undefined;
    return { data, bytes: this.bytes, sha256: this.hash.digest('hex'), avkortet: this.avkortet };
  }
}

/** Header values as one string per name (lower case), as the judges and the recording read them. */
export function flateHeaders(headers: Record<string, string | string[] | number | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : String(value);
  }
  return out;
}
