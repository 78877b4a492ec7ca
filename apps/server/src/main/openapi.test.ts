import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { generateOpenApi, OPENAPI_FILE } from './openapi.ts';

it('the committed openapi.json matches the routes (run "npm run openapi" after changing an API)', async () => {
  const generated = await generateOpenApi();
  expect(readFileSync(OPENAPI_FILE, 'utf8') === generated, 'apps/server/openapi.json is out of date: run npm run openapi').toBe(true);
  const doc = JSON.parse(generated);
  // Every operation documents its error answers in the one error shape.
  for (const [path, ops] of Object.entries<Record<string, { responses: Record<string, unknown> }>>(doc.paths)) {
    for (const [method, op] of Object.entries(ops)) {
      const codes = Object.keys(op.responses);
      expect(codes.some((c) => c.startsWith('2')), `${method} ${path} has a success response`).toBe(true);
      expect(codes.some((c) => c.startsWith('4') || c.startsWith('5')), `${method} ${path} declares its errors`).toBe(true);
    }
  }
});
