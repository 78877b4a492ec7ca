import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { en } from './en.ts';
import { vi } from './vi.ts';

const src = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    // A feature with its own messages.ts is checked by its own test.
    if (statSync(p).isDirectory()) return existsSync(path.join(p, 'messages.ts')) ? [] : sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('admin UI messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('keeps the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi) as (keyof typeof vi)[]) {
      expect(names(en[key]), key).toEqual(names(vi[key]));
    }
  });

  it('has wording for every literal key the components ask for', () => {
    // Keys of error codes come from the contracts; feature folders with their own messages are skipped.
    const known = new Set(Object.keys(vi));
    const missing: string[] = [];
    for (const file of sourceFiles(src)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/\bt\(\s*'([^']+)'/g)) {
        const key = m[1]!;
        if (!key.startsWith('error.') && !known.has(key)) missing.push(`${key} (${path.relative(src, file)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});
