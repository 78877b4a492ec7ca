import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vi as sharedVi } from './vi.ts';

/** Every feature that keeps its own wording (features/<f>/messages.ts), checked the same way. */
const modules = import.meta.glob<{ vi: Record<string, string>; en: Record<string, string> }>('../../features/*/messages.ts', { eager: true });
const featuresDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../features');

function sourceFiles(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

const features = Object.entries(modules).map(([file, m]) => ({ name: file.split('/').at(-2)!, ...m }));

describe.each(features)('messages of $name', ({ name, vi, en }) => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('keeps the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi)) expect(names(en[key] ?? ''), key).toEqual(names(vi[key]!));
  });

  it('has wording for every literal key its screens ask for', () => {
    const known = new Set([...Object.keys(vi), ...Object.keys(sharedVi)]);
    const dir = path.join(featuresDir, name);
    const missing: string[] = [];
    for (const file of sourceFiles(dir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) {
        const key = m[1]!;
        if (!key.startsWith('error.') && !known.has(key)) missing.push(`${key} (${path.relative(dir, file)})`);
      }
    }
    expect(missing).toEqual([]);
  });
});

it('finds the features that keep their own wording', () => {
  expect(features.map((f) => f.name)).toEqual(expect.arrayContaining(['budget', 'dashboard', 'plans', 'programme', 'reports']));
});
