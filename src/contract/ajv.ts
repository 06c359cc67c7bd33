import { Ajv, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** OpenAPI's own keywords and ours (x-kilde, x-regel, x-scope) are annotations, not validation. */
const ANNOTATIONS = ['example', 'xml', 'externalDocs', 'discriminator', 'x-kilde', 'x-regel', 'x-scope'];

/**
 * The project's only ajv factory, so that the sandbox, the offline validator and the tests agree.
 * multipleOfPrecision makes `multipleOf: 0.01` exact for amounts such as 0.07 or 14101.38, which plain
 * floating-point division rejects.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allowUnionTypes: true,
    multipleOfPrecision: 9,
    ...options,
  });
  addFormats(ajv);
  ajv.addVocabulary(ANNOTATIONS);
  return ajv;
}
