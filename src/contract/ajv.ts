import { Ajv, type FormatDefinition, type Options } from 'ajv';
import addFormatsModule from 'ajv-formats';
import { exactMultipleOf } from './multiple-of.ts';

// ajv-formats is CommonJS; under NodeNext its default import is the module object.
const addFormats = ((addFormatsModule as any).default ?? addFormatsModule) as (ajv: Ajv) => Ajv;

/** OpenAPI's own keywords and ours (x-kilde, x-regel, x-scope) are annotations, not validation. */
const ANNOTATIONS = ['example', 'xml', 'externalDocs', 'discriminator', 'x-kilde', 'x-regel', 'x-scope'];

/**
 * The project's only ajv factory, so that the sandbox, the offline validator and the tests agree.
 * `multipleOf` is replaced by an exact decimal check (see multiple-of.ts), so `multipleOf: 0.01`
 * accepts 0.07, 14101.38 and 121673.43 and rejects 10.005.
 */
export function createAjv(options: Options = {}): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    allowUnionTypes: true,
    ...options,
  });
  addFormats(ajv);
  ajv.removeKeyword('multipleOf');
  ajv.addKeyword(exactMultipleOf);
  // OpenAPI's numeric and binary formats, so documents written by others compile in strict mode.
  const formats: Record<string, FormatDefinition<number> | FormatDefinition<string>> = {
    int32: { type: 'number', validate: (x: number) => Number.isInteger(x) && x >= -(2 ** 31) && x < 2 ** 31 },
    int64: { type: 'number', validate: (x: number) => Number.isInteger(x) },
    float: { type: 'number', validate: (_: number) => true },
    double: { type: 'number', validate: (_: number) => true },
    binary: { type: 'string', validate: (_: string) => true },
  };
  for (const [name, format] of Object.entries(formats)) if (!ajv.formats[name]) ajv.addFormat(name, format);
  ajv.addVocabulary(ANNOTATIONS);
  return ajv;
}
