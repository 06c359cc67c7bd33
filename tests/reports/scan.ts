import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { findSecrets } from '../../src/redact.ts';
import { readZip } from './zip.ts';

/**
 * The report scan: every file under a folder, inside zips (blob reports) and inside the base64 zip the
 * Playwright HTML report embeds, checked for tokens, keys and Authorization values.
 */
export interface ScanResult {
  /** Text files and zip entries that were read. */
  scanned: string[];
  /** Binary files (screenshots, videos) named but not read. */
  binaries: string[];
  hits: { file: string; hit: string }[];
}

// What a redacted or templated Authorization value may look like; anything else is a leak. `&` ends a
// value because HTML escapes the closing quote (&quot;); a token never contains it.
const HARMLESS_AUTH = /^(Bearer|Basic)\s+(\[redacted\]|\$TOKEN|\$\{?[A-Za-z_]+\}?|<[^>]*>)$/i;
const AUTH_VALUE = /\bauthorization\b["']?\s*[:=]\s*["']?((?:Bearer|Basic)\s+[^\s"'\\,}&]+)/gi;
const EMBEDDED_ZIP = /data:application\/zip;base64,([A-Za-z0-9+/=]+)/g;

/** Private key material that must never leave the repository: the `d` of every committed key. */
export function keyFingerprints(keyFiles: string[]): string[] {
  return keyFiles.flatMap((f) => {
    const d = (JSON.parse(readFileSync(f, 'utf8')) as { d?: string }).d;
    return typeof d === 'string' && d.length >= 32 ? [d.slice(0, 32)] : [];
  });
}

export function scanText(text: string, fingerprints: string[] = []): string[] {
  const hits = findSecrets(text);
  for (const m of text.matchAll(AUTH_VALUE)) {
    if (!HARMLESS_AUTH.test(m[1])) hits.push(`Authorization value: ${m[1].slice(0, 18)}…`);
  }
  for (const fp of fingerprints) if (text.includes(fp)) hits.push(`committed private key material: ${fp.slice(0, 8)}…`);
  return hits;
}

function isBinary(buf: Buffer): boolean {
  return buf.subarray(0, 8000).includes(0);
}

function scanBuffer(name: string, buf: Buffer, result: ScanResult, fingerprints: string[]): void {
  if (buf.length >= 4 && buf.readUInt32LE(0) === 0x04034b50) {
    let entries;
    try {
      entries = readZip(buf);
    } catch (err) {
      result.hits.push({ file: name, hit: `zip could not be read, so it was not scanned: ${(err as Error).message}` });
      return;
    }
    for (const e of entries) scanBuffer(`${name}!/${e.name}`, e.data, result, fingerprints);
    return;
  }
  if (isBinary(buf)) {
    result.binaries.push(name);
    return;
  }
  const text = buf.toString('utf8');
  result.scanned.push(name);
  for (const hit of scanText(text, fingerprints)) result.hits.push({ file: name, hit });
  let i = 0;
  for (const m of text.matchAll(EMBEDDED_ZIP)) scanBuffer(`${name}#embedded-zip-${i++}`, Buffer.from(m[1], 'base64'), result, fingerprints);
}

export function scanTree(dir: string, fingerprints: string[] = []): ScanResult {
  const result: ScanResult = { scanned: [], binaries: [], hits: [] };
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile() || statSync(full).isFile()) scanBuffer(relative(dir, full), readFileSync(full), result, fingerprints);
    }
  };
  walk(dir);
  return result;
}
