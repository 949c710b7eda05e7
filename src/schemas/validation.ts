// Request validation. Query strings and path parameters arrive as text, so they are coerced
// to their schema's types; a JSON body is taken exactly as sent: "5" is not 5, "a" is not ["a"].
import { Ajv, type AnySchema, type ErrorObject } from 'ajv';
import ajvFormats from 'ajv-formats';
import type { FastifySchemaCompiler } from 'fastify';

function makeAjv(coerceTypes: boolean | 'array'): Ajv {
  // `verbose` keeps the refused value on an issue (read by issueMessage, never sent back).
  const ajv = new Ajv({ coerceTypes, useDefaults: true, removeAdditional: false, allErrors: false, strict: false, verbose: true });
  // ajv-formats is CommonJS; its function is also its `default` export.
  ajvFormats.default(ajv);
  return ajv;
}

export function validatorCompiler(): FastifySchemaCompiler<AnySchema> {
  const forBody = makeAjv(false);
  const forText = makeAjv('array');
  return ({ schema, httpPart }) => (httpPart === 'body' ? forBody.compile(schema) : withDecimalIntegers(schema, forText.compile(schema)));
}

/** An integer as text in a query or path: decimal digits, nothing around them. */
const DECIMAL_INTEGER = /^-?\d+$/;

type TextValidator = ((data: unknown) => boolean) & { errors?: ErrorObject[] | null };

/**
 * Ajv coerces text to a number as JavaScript does, so "0x10", "1e2" and " 5" would pass as integers;
 * a query or path integer must be written in decimal digits alone.
 */
function withDecimalIntegers(schema: AnySchema, validate: TextValidator): TextValidator {
  const properties = (typeof schema === 'object' && schema !== null && 'properties' in schema ? schema.properties : undefined) as Record<string, { type?: unknown }> | undefined;
  const integers = Object.entries(properties ?? {}).filter(([, property]) => property.type === 'integer').map(([name]) => name);
  if (integers.length === 0) return validate;
  const strict: TextValidator = (data) => {
    for (const name of integers) {
      const value = (data as Record<string, unknown> | undefined)?.[name];
      if (typeof value === 'string' && !DECIMAL_INTEGER.test(value)) {
        strict.errors = [{ instancePath: `/${name}`, schemaPath: `#/properties/${name}/type`, keyword: 'type', params: { type: 'integer' }, message: 'must be integer', data: value }];
        return false;
      }
    }
    const valid = validate(data);
    strict.errors = validate.errors;
    return valid;
  };
  return strict;
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
  const first = clientIssues(validate.errors ?? [])[0];
  if (!first) return 'is not valid';
  return `${first.instancePath || 'data'} ${first.message}`;
}

/** The start of NonBlankText's pattern (schemas/primitives.ts): a value of whitespace alone fails it. */
export const NON_BLANK_LOOKAHEAD = '^(?=[\\s\\S]*\\S)';

export interface ClientIssue {
  instancePath: string;
  message: string;
  issue: ErrorObject;
}

/**
 * The issues a client is told of, each with its message. A value that fits neither branch of
 * "this, or null" fails three rules (the branch's, "must be null", and the union's); the first
 * says why, so the other two are folded into it.
 */
export function clientIssues(issues: readonly ErrorObject[]): ClientIssue[] {
  const nullAllowedAt = new Set(issues.filter(isNullBranch).map((issue) => issue.instancePath));
  return issues
    .filter((issue) => !(nullAllowedAt.has(issue.instancePath) && (isNullBranch(issue) || issue.keyword === 'anyOf')))
    .map((issue) => {
      const message = issueMessage(issue);
      const orNull = nullAllowedAt.has(issue.instancePath) && issue.keyword === 'type';
      return { instancePath: issue.instancePath, message: orNull ? `${message} or null` : message, issue };
    });
}

function isNullBranch(issue: ErrorObject): boolean {
  return issue.keyword === 'type' && (issue.params as { type?: unknown }).type === 'null';
}

/**
 * What a failed rule says to the client, on HTTP and sockets alike. A pattern's failure would
 * echo the regular expression back; a list's names its values (they are Parley's own words).
 */
function issueMessage(issue: ErrorObject): string {
  if (issue.keyword === 'pattern') {
    const { pattern } = issue.params as { pattern: string };
    if (pattern.startsWith(NON_BLANK_LOOKAHEAD) && typeof issue.data === 'string' && issue.data.trim() === '') return 'must not be blank';
    if (issue.data === '.' || issue.data === '..') return 'must not be . or .. (a path could not name it)';
    return 'contains characters that are not allowed';
  }
  if (issue.keyword === 'enum') return `must be one of: ${(issue.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
  return issue.message ?? 'is not valid';
}
