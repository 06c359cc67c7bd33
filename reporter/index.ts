/**
 * The certification reporter, for any Playwright config (see reporter/README.md):
 *
 *   import { kjoeringsmetadata } from 'innkreving-conformance/reporter/index.ts';
 *   export default defineConfig({
 *     reporter: [['list'], ['html', { outputFolder: 'reports/html' }], ['junit', { outputFile: 'reports/junit.xml' }],
 *       ['innkreving-conformance/reporter/index.ts', { outputDir: 'reports' }]],
 *     metadata: { ...kjoeringsmetadata(), miljoeklasse: 'skatteetatenTest', baseUrl: 'https://api-test.sits.no', erSandkasse: false },
 *   });
 */
export { default, writeSummary, type CertificationOptions } from './certification.ts';
export { kjoeringsmetadata, type KjoeringsmetadataOptions } from './metadata.ts';
export { runFilters, testArguments } from './filters.ts';
export type * from './types.ts';
