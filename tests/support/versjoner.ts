import { test } from '../fixtures/index.ts';
import { resolveEnvironment } from '../../src/config/environment.ts';
import { apiVersion, runVersions } from '../../src/spec/versions.ts';

/**
 * The Utleggsbegjæring versions this run covers: every version against the sandbox, only the one a
 * supplier certifies against today (the manifest default) elsewhere, or the one
 * CONFORMANCE_UTLEGGSBEGJAERING_VERSION names. playwright.config.ts makes one project of each.
 */
export function utleggsbegjaeringVersjoner(): string[] {
  return runVersions('utleggsbegjaering', resolveEnvironment().isSandbox);
}

/** The tag that puts a test into its version's project (utleggsbegjaering-v2 runs the tests tagged @utleggsbegjaering-v2). */
export function versjonstag(versjon: string): string {
  return `@utleggsbegjaering-${versjon}`;
}

/**
 * Declares the same tests once per covered version, each block with its version's client (the
 * `utleggsbegjaeringVersjon` option) and tag. The body gets the version, so tables can be built from
 * that version's catalog and examples; nothing in a test branches on a version's name.
 */
export function forHverVersjon(body: (versjon: string) => void): void {
  for (const versjon of utleggsbegjaeringVersjoner()) {
    const datamodell = apiVersion('utleggsbegjaering', versjon).datamodell;
    test.describe(`Utleggsbegjæring ${versjon}${datamodell ? ` (datamodell ${datamodell})` : ''}`, { tag: versjonstag(versjon) }, () => {
      test.use({ utleggsbegjaeringVersjon: versjon });
      body(versjon);
    });
  }
}
