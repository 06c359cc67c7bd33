import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';
import { SignJWT, exportJWK, generateKeyPair } from 'jose';
import { keyFingerprints, scanTree } from './scan.ts';
import { reportsDir } from './paths.ts';
import { writeZip } from './zip.ts';

const keysDir = join(process.cwd(), 'sandbox', 'keys');
const fingerprints = existsSync(keysDir)
  ? keyFingerprints(readdirSync(keysDir).filter((f) => f.endsWith('.jwk.json')).map((f) => join(keysDir, f)))
  : [];

test.describe('reports carry no credentials', () => {
  test('the scanner catches a real token, Authorization header, private keys and a token inside a zip (positive control)', async () => {
    // A token exactly like the sandbox's Maskinporten hands out: RS256, signed with a fresh key.
    const { privateKey } = await generateKeyPair('RS256', { extractable: true });
    const jwt = await new SignJWT({ scope: 'skatteetaten:utleggsbegjaering', consumer: { ID: '0192:312597772' } })
      .setProtectedHeader({ alg: 'RS256', kid: 'control' })
      .setIssuer('http://127.0.0.1/maskinporten')
      .setIssuedAt()
      .setExpirationTime('2m')
      .sign(privateKey);
    const jwk = await exportJWK(privateKey);
    const pem = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }) as string;

    const dir = mkdtempSync(join(tmpdir(), 'scan-control-'));
    try {
      writeFileSync(join(dir, 'exchange.json'), JSON.stringify({ request: { headers: { authorization: `Bearer ${jwt}` } } }));
      writeFileSync(join(dir, 'basic.txt'), 'Authorization: Basic c2VjcmV0LWNsaWVudDpzZWNyZXQ=\n');
      writeFileSync(join(dir, 'key.pem'), pem);
      writeFileSync(join(dir, 'key.jwk.json'), JSON.stringify(jwk));
      writeFileSync(join(dir, 'report-1.zip'), writeZip([{ name: 'report.jsonl', data: Buffer.from(`{"body":"access_token=${jwt}"}\n`) }]));
      writeFileSync(join(dir, 'index.html'), `<script>window.data = "data:application/zip;base64,${writeZip([{ name: 'a.json', data: Buffer.from(jwt) }]).toString('base64')}";</script>`);
      writeFileSync(join(dir, 'clean.txt'), 'Authorization: Bearer [redacted]\n-H "Authorization: Bearer $TOKEN"\n&lt;pre&gt;-H &quot;Authorization: Bearer $TOKEN&quot;\n');

      const result = scanTree(dir, fingerprints);
      const files = new Set(result.hits.map((h) => h.file));
      expect([...files].sort()).toEqual(['basic.txt', 'exchange.json', 'index.html#embedded-zip-0!/a.json', 'key.jwk.json', 'key.pem', 'report-1.zip!/report.jsonl']);
      expect(result.hits.some((h) => h.hit.startsWith('JWT'))).toBe(true);
      expect(result.hits.some((h) => h.hit.startsWith('PEM private key'))).toBe(true);
      expect(result.hits.some((h) => h.hit.startsWith('private JWK member'))).toBe(true);
      expect(result.hits.some((h) => h.hit.startsWith('Authorization value: Basic'))).toBe(true);
      expect(result.scanned).toContain('clean.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('no file under reports/ holds a token, a key or an Authorization value', async () => {
    expect(existsSync(reportsDir), `${reportsDir} does not exist: run the conformance suite first`).toBe(true);
    const result = scanTree(reportsDir, fingerprints);
    await test.info().attach('scanned.txt', {
      body: [`${result.scanned.length} text files and zip entries scanned`, ...result.scanned, '', `${result.binaries.length} binary files not scanned:`, ...result.binaries].join('\n'),
      contentType: 'text/plain',
    });
    expect(result.scanned.length, 'the scan read something').toBeGreaterThan(0);
    expect(result.scanned.some((f) => f.startsWith('summary.'))).toBe(true);
    expect(result.hits.map((h) => `${h.file}: ${h.hit}`)).toEqual([]);
  });
});
