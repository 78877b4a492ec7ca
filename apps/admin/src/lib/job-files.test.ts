import { describe, expect, it } from 'vitest';
import { fileDownloadUrl, findJobFiles } from './job-files.ts';

const A = '359234ce-486d-4eb8-be8e-7873064dbd5b';
const B = 'ebb64d38-cb9d-46e3-a6a1-0a8e54b7835a';

describe('findJobFiles', () => {
  it.each([
    ['an export', { fileId: A, rows: 120, name: 'Danh sach don vi.xlsx' }, [{ id: A, name: 'Danh sach don vi.xlsx' }]],
    [
      'a document render',
      {
        files: [
          { id: A, name: 'Ke hoach.docx', mime: 'x', size: 1 },
          { id: B, name: 'Ke hoach.pdf' },
        ],
      },
      [
        { id: A, name: 'Ke hoach.docx' },
        { id: B, name: 'Ke hoach.pdf' },
      ],
    ],
    ['a file without a name', { fileId: A }, [{ id: A, name: A }]],
    [
      'both shapes, the same file once',
      {
        fileId: A,
        name: 'a',
        files: [
          { id: A, name: 'a' },
          { id: B, name: 'b' },
        ],
      },
      [
        { id: A, name: 'a' },
        { id: B, name: 'b' },
      ],
    ],
    ['an import (no file)', { importId: A, status: 'applied' }, []],
    ['an id that is not one', { fileId: '../../etc/passwd', name: 'x' }, []],
    ['entries that are not files', { files: [null, 'x', { id: 7 }] }, []],
    ['no result', null, []],
    ['a number', 3, []],
  ])('%s', (_what, result, files) => {
    expect(findJobFiles(result)).toEqual(files);
  });
});

describe('fileDownloadUrl', () => {
  it('points at the file API', () => {
    expect(fileDownloadUrl(A)).toBe(`/api/v1/files/${A}`);
  });
});
