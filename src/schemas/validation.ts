// Request validation. Query strings and path parameters arrive as text, so they are coerced
// to their schema's types; a JSON body is taken exactly as sent: "5" is not 5, "a" is not ["a"].
import { Ajv, type AnySchema, type ErrorObject } from 'ajv';
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

const forMessages = makeAjv(false);

/** A validator for socket frames, with the same rules as HTTP bodies. */
export function compileValidator<T>(schema: AnySchema): (value: unknown) => value is T {
  const validate = forMessages.compile(schema);
  return ((value: unknown) => validate(value)) as (value: unknown) => value is T;
}

export function describeFailure(schema: AnySchema, value: unknown): string {
  const validate = forMessages.compile(schema);
  validate(value);
  const first = validate.errors?.[0];
  if (!first) return 'is not valid';
  return `${first.instancePath || 'data'} ${issueMessage(first)}`;
}

/**
 * What a failed rule says to the client, on HTTP and sockets alike. A pattern's failure would
 * echo the regular expression back; a list's names its values (they are Parley's own words).
 */
export function issueMessage(issue: ErrorObject): string {
  if (issue.keyword === 'pattern') return 'contains characters that are not allowed';
  if (issue.keyword === 'enum') return `must be one of: ${(issue.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return issue.message ?? 'is not valid';
}
