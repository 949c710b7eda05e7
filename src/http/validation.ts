// Request validation. Query strings and path parameters arrive as text, so they are coerced
// to their schema's types; a JSON body is taken exactly as sent: "5" is not 5, "a" is not ["a"].
import { Ajv, type AnySchema } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false });
  // ajv-formats is CommonJS; its function is also its `default` export.
  ajvFormats.default(ajv);
  return ajv;
}

export function validatorCompiler(): FastifySchemaCompiler<AnySchema> {
  const forBody = makeAjv(false);
  const forText = makeAjv('array');
  return ({ schema, httpPart }) => (httpPart === 'body' ? forBody : forText).compile(schema);
}
