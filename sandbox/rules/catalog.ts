// The rules read the same catalog loader as the tests and the reports: one reading of specs/catalogs/.
export { loadRegelkatalog as lastRegelkatalog, type Regelbeskrivelse as Katalogregel, type Regelkatalog } from '../../src/spec/catalog.ts';
