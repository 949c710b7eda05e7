// Turns the OpenAPI document into TypeScript types with openapi-typescript, exactly as a
// platform team would (`npx openapi-typescript openapi.json`); binary fields become Blob.
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

export const GENERATED_FILE = new URL('./parley-api.d.ts', import.meta.url);

export async function generateClientTypes(document: object): Promise<string> {
  const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], {
    transform: (schema) => (schema.format === 'binary' ? ts.factory.createTypeReferenceNode('Blob') : undefined),
  });
  return `// Generated from Parley's /openapi.json by openapi-typescript; regenerate with\n// UPDATE_GENERATED_CLIENT=1 npx vitest run test/contract/generated-client\n${astToString(ast)}`;
}
