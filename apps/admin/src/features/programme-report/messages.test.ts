import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { vi as sharedVi } from '../../lib/messages/vi.ts';
import { en, vi } from './messages.ts';

const dir = path.dirname(fileURLToPath(import.meta.url));

function sourceFiles(d: string): string[] {
  return readdirSync(d).flatMap((name) => {
    const p = path.join(d, name);
    if (statSync(p).isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(name) && !name.endsWith('.test.ts') ? [p] : [];
  });
}

describe('programme report messages', () => {
  it('has the same keys in Vietnamese and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
  });

  it('keeps the same {placeholders} in both languages', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const key of Object.keys(vi)) expect(names(en[key] ?? ''), key).toEqual(names(vi[key]!));
  });

  it('has wording for every key the screen asks for, the field of each section included', () => {
    const known = new Set([...Object.keys(vi), ...Object.keys(sharedVi)]);
    const asked = ['programmeReport.field.difficulties', 'programmeReport.field.proposals'];
    for (const file of sourceFiles(dir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\bt\(\s*'([^']+)'/g)) asked.push(m[1]!);
    }
    expect(asked.filter((key) => !key.startsWith('error.') && !known.has(key))).toEqual([]);
  });
});
