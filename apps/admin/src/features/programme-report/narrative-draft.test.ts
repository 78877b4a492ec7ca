import { describe, expect, it } from 'vitest';
import type { Narrative } from './api/get-programme-report.ts';
import { isSameNarrative, normaliseNarrative, slotText, withSlotText } from './narrative-draft.ts';

const saved: Narrative = {
  overview: 'Tổng quan.',
  taskAreas: { '2': 'Nội dung hai.' },
  difficulties: '',
  proposals: '',
  signerTitle: 'Giám đốc',
  signerName: '',
  number: '',
};

describe('narrative draft', () => {
  it('trims every text and leaves out task areas with nothing written, in number order', () => {
    const typed = { ...saved, overview: '  Tổng quan. \n', taskAreas: { '10': 'Mười.', '2': 'Hai.', '3': '  ' } };
    expect(normaliseNarrative(typed)).toEqual({ ...saved, taskAreas: { '2': 'Hai.', '10': 'Mười.' } });
  });

  it('is unchanged by spaces or an emptied task area, changed by any word', () => {
    expect(isSameNarrative({ ...saved, overview: 'Tổng quan. ', taskAreas: { ...saved.taskAreas, '1': '' } }, saved)).toBe(
      true,
    );
    expect(isSameNarrative({ ...saved, signerName: 'Nguyễn Văn A' }, saved)).toBe(false);
  });

  it('reads and writes the text of one section', () => {
    const area = { kind: 'taskArea', number: '1', title: 'Nâng cao nhận thức' } as const;
    const next = withSlotText(withSlotText(saved, area, 'Một.'), { kind: 'proposals' }, 'Đề xuất.');
    expect(slotText(next, area)).toBe('Một.');
    expect(next.taskAreas).toEqual({ '1': 'Một.', '2': 'Nội dung hai.' });
    expect(slotText(next, { kind: 'proposals' })).toBe('Đề xuất.');
    expect(saved.taskAreas).toEqual({ '2': 'Nội dung hai.' });
  });
});
