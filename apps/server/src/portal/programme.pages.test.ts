import { describe, expect, it } from 'vitest';
import type { ProgrammeDetail, Responsibility } from '@lantoa/contracts/programme';
import { groupByResponsible, renderHomePage, renderProgrammePage } from './programme.pages.ts';

const XSS = '<script>alert(1)</script>';
const PID = '00000000-0000-4000-8000-000000000001';

function responsibility(over: Partial<Responsibility>): Responsibility {
  return {
    id: crypto.randomUUID(),
    programmeId: PID,
    taskAreaId: null,
    taskAreaNumber: null,
    unitId: null,
    unitName: null,
    unitGroup: null,
    role: 'lead',
    duty: 'Nhiệm vụ',
    sort: 0,
    version: 1,
    ...over,
  };
}

const programme: ProgrammeDetail = {
  id: PID,
  code: 'X',
  title: `Đề án ${XSS}`,
  decisionNumber: `1/QĐ ${XSS}`,
  decisionDate: '2026-01-02',
  issuer: 'UBND tỉnh',
  ownerUnitId: null,
  ownerUnitName: null,
  periodStart: '2026-01-01',
  periodEnd: '2030-12-31',
  parentTitle: XSS,
  summary: XSS,
  objective: `Mục tiêu ${XSS}`,
  status: 'active',
  version: 1,
  createdAt: '',
  updatedAt: '',
  documents: [
    {
      id: crypto.randomUUID(),
      programmeId: PID,
      title: XSS,
      number: XSS,
      issuedOn: null,
      url: 'javascript:alert(1)',
      note: XSS,
      sort: 0,
      version: 1,
    },
  ],
  taskAreas: [
    { id: '00000000-0000-4000-8000-0000000000aa', programmeId: PID, number: 1, title: XSS, content: XSS, version: 1 },
  ],
  targets: [
    {
      id: crypto.randomUUID(),
      programmeId: PID,
      number: 1,
      title: XSS,
      content: XSS,
      targetValue: 2,
      targetValueMax: 3,
      unit: XSS,
      isYearly: true,
      unitGroup: 'school',
      taskAreaNumbers: [1],
      version: 1,
    },
  ],
  responsibilities: [
    responsibility({
      unitId: crypto.randomUUID(),
      unitName: XSS,
      duty: XSS,
      taskAreaId: '00000000-0000-4000-8000-0000000000aa',
      taskAreaNumber: 1,
    }),
    responsibility({ unitGroup: 'locality', duty: XSS }),
  ],
};

describe('portal pages', () => {
  it.each([
    ['home', renderHomePage(programme)],
    ['programme', renderProgrammePage(programme)],
  ])('the %s page escapes every value from the database and runs no script', (_name, page) => {
    expect(page).not.toContain('<script');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(page).not.toContain('href="javascript:');
  });

  it('is a Vietnamese document with a skip link and landmarks', () => {
    const page = renderHomePage(programme);
    expect(page).toMatch(/^<!doctype html>\s*<html lang="vi">/);
    expect(page).toContain('<a class="skip-link" href="#noi-dung">');
    expect(page).toContain('<main id="noi-dung"');
    expect(page).toContain('<nav aria-label="Điều hướng chính">');
    expect(page).toContain('<footer');
    expect(page).toMatch(/<a href="\/" aria-current="page">Trang chủ<\/a>/);
  });

  it('says so when there is no programme', () => {
    expect(renderHomePage(null)).toContain('Chưa có đề án được công bố');
  });
});

describe('groupByResponsible', () => {
  it('puts the standing agency first, then units in Vietnamese order, then groups', () => {
    const u = (name: string) => ({ unitId: crypto.randomUUID(), unitName: name });
    const dao = u('Đoàn B');
    const groups = groupByResponsible([
      responsibility({ unitGroup: 'locality' }),
      responsibility({ ...u('Sở Y tế') }),
      responsibility({ ...dao, role: 'coordinate', taskAreaNumber: 3 }),
      responsibility({ ...dao, role: 'lead', taskAreaNumber: 1 }),
      responsibility({ ...u('Sở Thông tin và Truyền thông'), role: 'standing' }),
      responsibility({ ...u('Ban Dân vận') }),
    ]);
    expect(groups.map((g) => g.name)).toEqual([
      'Sở Thông tin và Truyền thông',
      'Ban Dân vận',
      'Đoàn B',
      'Sở Y tế',
      'Địa phương (quận, huyện, phường, xã)',
    ]);
    expect(groups[2]).toMatchObject({ roles: ['lead', 'coordinate'], taskAreaNumbers: [1, 3] });
  });
});
