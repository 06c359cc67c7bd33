import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { ConfigError, environmentClass, isEvidence, resolveEnvironment } from '../../src/config/environment.ts';
import { causeOf } from '../../src/config/preflight.ts';
import { toCurl } from '../../src/http/curl.ts';
import { findSecrets, redactHeaders, redactText } from '../../src/redact.ts';

test.describe('environments', () => {
  test('local is the default and uses the sandbox test client', () => {
    const env = resolveEnvironment({ CONFORMANCE_SANDBOX_URL: 'http://127.0.0.1:9999' });
    expect(env).toMatchObject({ kind: 'local', baseUrl: 'http://127.0.0.1:9999', isSandbox: true, supplierOrg: '312597772' });
    expect(env.maskinporten).toMatchObject({ clientId: 'sandbox-test-client', wellKnownUrl: 'http://127.0.0.1:9999/maskinporten/.well-known/oauth-authorization-server' });
  });

  test('test without credentials lists everything that is missing at once', () => {
    let error: unknown;
    try { resolveEnvironment({ CONFORMANCE_ENV: 'test' }); } catch (err) { error = err; }
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as ConfigError).problems).toEqual([
      expect.stringContaining('MASKINPORTEN_CLIENT_ID'),
      expect.stringContaining('MASKINPORTEN_CLIENT_JWK'),
    ]);
  });

  test('test with credentials points at api-test.sits.no and Maskinporten test', () => {
    const env = resolveEnvironment({ CONFORMANCE_ENV: 'test', MASKINPORTEN_CLIENT_ID: 'abc', MASKINPORTEN_CLIENT_JWK: '{"kty":"RSA","d":"x"}', CONFORMANCE_SUPPLIER_ORG: '312597772' });
    expect(env).toMatchObject({ kind: 'test', baseUrl: 'https://api-test.sits.no', isSandbox: false });
    expect(env.maskinporten.wellKnownUrl).toContain('test.maskinporten.no');
  });

  test('a PEM key file needs a kid, and a missing file is named', () => {
    expect(() => resolveEnvironment({ CONFORMANCE_ENV: 'test', MASKINPORTEN_CLIENT_ID: 'abc', MASKINPORTEN_CLIENT_PEM_FILE: '/nonexistent/key.pem' }))
      .toThrow(/MASKINPORTEN_KID is not set[\s\S]*"\/nonexistent\/key\.pem", which does not exist/);
  });

  test('CONFORMANCE_BASE_URL wins, and its Maskinporten defaults to the same origin', () => {
    const env = resolveEnvironment({ CONFORMANCE_BASE_URL: 'http://localhost:7000/ignored/path', CONFORMANCE_ENV: 'test' });
    expect(env).toMatchObject({ kind: 'custom', baseUrl: 'http://localhost:7000', isSandbox: false });
    expect(env.maskinporten.wellKnownUrl).toBe('http://localhost:7000/maskinporten/.well-known/oauth-authorization-server');
  });

  test('a production host is refused unless explicitly allowed', () => {
    const creds = { MASKINPORTEN_CLIENT_ID: 'abc', MASKINPORTEN_CLIENT_JWK: '{"kty":"RSA","d":"x"}' };
    expect(() => resolveEnvironment({ CONFORMANCE_BASE_URL: 'https://api.skatteetaten.no', ...creds })).toThrow(/production host/);
    expect(resolveEnvironment({ CONFORMANCE_BASE_URL: 'https://api.skatteetaten.no', CONFORMANCE_ALLOW_PRODUCTION: '1', ...creds }).baseUrl).toBe('https://api.skatteetaten.no');
  });

  test('an empty variable counts as not set', () => {
    expect(resolveEnvironment({ CONFORMANCE_SUPPLIER_ORG: '', CONFORMANCE_BASE_URL: '' }).supplierOrg).toBe('312597772');
  });

  test('bad values name the variable', () => {
    expect(() => resolveEnvironment({ CONFORMANCE_ENV: 'staging' })).toThrow(/CONFORMANCE_ENV must be "local" or "test"/);
    expect(() => resolveEnvironment({ CONFORMANCE_BASE_URL: 'ftp://x' })).toThrow(/CONFORMANCE_BASE_URL must be an http\(s\) URL/);
    expect(() => resolveEnvironment({ CONFORMANCE_SUPPLIER_ORG: '123' })).toThrow(/CONFORMANCE_SUPPLIER_ORG must be 9 digits/);
  });

  test('a URL that is not one is the one problem named: no Maskinporten address derived from it, no credentials asked for', () => {
    let error: unknown;
    try { resolveEnvironment({ CONFORMANCE_BASE_URL: 'notaurl' }); } catch (err) { error = err; }
    expect((error as ConfigError).problems).toEqual(['CONFORMANCE_BASE_URL must be an http(s) URL, got "notaurl"']);
    expect((error as ConfigError).message).toBe('Configuration problem: CONFORMANCE_BASE_URL must be an http(s) URL, got "notaurl"');
  });

  test('a production host is refused once, though the API and its Maskinporten share it', () => {
    const creds = { MASKINPORTEN_CLIENT_ID: 'abc', MASKINPORTEN_CLIENT_JWK: '{"kty":"RSA","d":"x"}' };
    let error: unknown;
    try { resolveEnvironment({ CONFORMANCE_BASE_URL: 'https://api.skatteetaten.no', ...creds }); } catch (err) { error = err; }
    expect((error as ConfigError).problems.filter((p) => p.includes('production host'))).toHaveLength(1);
  });

  test('only Skatteetaten\'s test environment with the supplier\'s own client is evidence', () => {
    const creds = { MASKINPORTEN_CLIENT_ID: 'leverandoer', MASKINPORTEN_CLIENT_JWK: '{"kty":"RSA","d":"x"}' };
    const cases: [NodeJS.ProcessEnv, string, boolean][] = [
      [{ CONFORMANCE_SANDBOX_URL: 'http://127.0.0.1:9999' }, 'embeddedSandbox', false],
      [{ CONFORMANCE_BASE_URL: 'http://127.0.0.1:7000', CONFORMANCE_IS_SANDBOX: '1' }, 'sandbox', false],
      [{ CONFORMANCE_BASE_URL: 'http://127.0.0.1:7000' }, 'custom', false],
      [{ CONFORMANCE_BASE_URL: 'https://proxy.example', ...creds }, 'custom', false],
      [{ CONFORMANCE_ENV: 'test', ...creds }, 'skatteetatenTest', true],
      [{ CONFORMANCE_ENV: 'test', ...creds, MASKINPORTEN_CLIENT_ID: 'sandbox-test-client' }, 'skatteetatenTest', false],
      [{ CONFORMANCE_BASE_URL: 'https://api.skatteetaten.no', CONFORMANCE_ALLOW_PRODUCTION: '1', ...creds }, 'skatteetatenProduction', false],
    ];
    for (const [vars, klasse, evidence] of cases) {
      const env = resolveEnvironment(vars);
      expect(environmentClass(env), JSON.stringify(vars)).toBe(klasse);
      expect(isEvidence(env), JSON.stringify(vars)).toBe(evidence);
    }
  });

  test('the pre-flight check names the cause a fetch failure hides', () => {
    expect(causeOf(Object.assign(new TypeError('fetch failed'), { cause: Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' }) }))).toBe('connect ECONNREFUSED 127.0.0.1:1');
    expect(causeOf(Object.assign(new TypeError('fetch failed'), { cause: new Error('bad port') }))).toBe('bad port');
    expect(causeOf(Object.assign(new Error('x'), { name: 'TimeoutError' }))).toBe('no answer within 5 s');
  });

  test('the suite exits 2 before any test runs when credentials are missing', () => {
    const env = { ...process.env, CONFORMANCE_ENV: 'test' } as NodeJS.ProcessEnv;
    for (const key of Object.keys(env)) if (key.startsWith('MASKINPORTEN_') || key === 'CONFORMANCE_BASE_URL') delete env[key];
    const run = spawnSync('npx', ['playwright', 'test', '--list'], { env, encoding: 'utf8', timeout: 60_000 });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('MASKINPORTEN_CLIENT_ID is not set');
    expect(run.stderr).not.toMatch(/\n\s+at /); // no stack trace
  });
});

test.describe('redaction', () => {
  const jwt = 'eyJhbGciOiJSUzI1NiJ9.eyJzY29wZSI6InNrYXR0ZWV0YXRlbiJ9.c2lnbmF0dXJlLXNpZ25hdHVyZS1zaWduYXR1cmU';

  test('tokens, bearer values, private key members and PEM keys are removed', () => {
    const text = `Authorization: Bearer ${jwt}\n{"d":"AAAAAAAAAAAAAAAAAAAA"}\n-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\nassertion=${jwt}`;
    const out = redactText(text);
    expect(findSecrets(text).length).toBeGreaterThan(0);
    expect(findSecrets(out)).toEqual([]);
    expect(out).not.toContain('MIIE');
  });

  test('Authorization headers are redacted whatever their form', () => {
    expect(redactHeaders({ Authorization: 'Bearer abc.def', Korrelasjonsid: 'x' })).toEqual({ Authorization: 'Bearer [redacted]', Korrelasjonsid: 'x' });
  });

  test('the curl reproduction never contains the token and tells how to get one', () => {
    const curl = toCurl({
      request: { method: 'GET', url: 'http://127.0.0.1:1/api/trekkpaalegg/v1', headers: { Authorization: `Bearer ${jwt}`, Accept: 'application/json' } },
      response: { operationId: 'hentTrekkpaalegg', status: 200, headers: {}, contentType: 'application/json', body: [], text: '[]' },
      durationMs: 1,
    }, 'skatteetaten:trekkpaalegg');
    expect(curl).not.toContain(jwt);
    expect(curl).toContain('TOKEN=$(npm run -s token -- --scope skatteetaten:trekkpaalegg)');
    expect(curl).toContain('-H "Authorization: Bearer $TOKEN"');
  });
});
