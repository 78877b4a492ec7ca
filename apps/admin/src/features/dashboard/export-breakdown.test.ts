import { describe, expect, it } from 'vitest';
import { breakdownRows, safeFileName } from './export-breakdown.ts';

describe('safeFileName', () => {
  it('drops diacritics and signs', () => {
    expect(safeFileName('chi-tieu-T5-2025-Thành phố Đà Nẵng')).toBe('chi-tieu-t5-2025-thanh-pho-da-nang');
  });
});

describe('breakdownRows', () => {
  it('keeps figures as numbers and says which units lag', () => {
    const rows = breakdownRows(
      [
        {
          unitId: 'a',
          unitName: 'Phường An Khê',
          type: 'ward',
          officialCode: '20305',
          value: 94.29,
          numerator: 33,
          denominator: 35,
          lagging: true,
          hasChildren: false,
        },
        {
          unitId: 'b',
          unitName: 'Xã Mới',
          type: 'commune',
          officialCode: null,
          value: null,
          numerator: 0,
          denominator: null,
          lagging: false,
          hasChildren: false,
        },
      ],
      { type: (t) => (t === 'ward' ? 'Phường' : 'Xã'), lagging: 'Chưa đạt', onTrack: 'Đạt' },
    );
    expect(rows).toEqual([
      ['Phường An Khê', '20305', 'Phường', 94.29, 33, 35, 'Chưa đạt'],
      ['Xã Mới', '', 'Xã', null, 0, null, ''],
    ]);
  });
});
