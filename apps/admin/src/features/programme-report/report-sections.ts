import type { DocumentBlock } from '@lantoa/contracts/documents';
import { foldText } from '../../lib/format.ts';

/** The places in the report where people write: every other sentence comes from the system. */
export type NarrativeSlot =
  | { kind: 'overview' }
  | { kind: 'difficulties' }
  | { kind: 'proposals' }
  | { kind: 'taskArea'; number: string; title: string };

/** A stretch of the report's body from one heading to the next, and what people write in it. */
export type ReportPart = { key: string; blocks: DocumentBlock[]; slot: NarrativeSlot | null };

/**
 * The sections whose text is the narrative, known by their titles rather than their numerals, so
 * that a section added before them does not put a field next to the wrong text. A title that is
 * not found leaves its field among the unplaced ones, never lost.
 */
const SECTION_SLOTS: readonly (readonly [string, NarrativeSlot])[] = [
  ['tinh hinh trien khai', { kind: 'overview' }],
  ['kho khan, vuong mac', { kind: 'difficulties' }],
  ['de xuat, kien nghi', { kind: 'proposals' }],
];

const NUMERAL = /^[IVXLC]+\.\s*/;
const TASK_AREA = /^(\d+)\.\s+(.+)$/;

export function slotOf(block: DocumentBlock): NarrativeSlot | null {
  if (block.type !== 'heading') return null;
  if (block.level === 1) {
    const title = foldText(block.text.replace(NUMERAL, '').trim());
    return SECTION_SLOTS.find(([t]) => title.startsWith(t))?.[1] ?? null;
  }
  const area = TASK_AREA.exec(block.text);
  return area ? { kind: 'taskArea', number: area[1]!, title: area[2]! } : null;
}

export function slotKey(slot: NarrativeSlot): string {
  return slot.kind === 'taskArea' ? `taskArea:${slot.number}` : slot.kind;
}

/**
 * The body cut at every heading, each part with its narrative slot (if any). What comes before
 * the first heading (the opening sentence) is a part of its own.
 */
export function splitReport(body: readonly DocumentBlock[]): ReportPart[] {
  const parts: ReportPart[] = [];
  for (const block of body) {
    const last = parts.at(-1);
    if (block.type === 'heading' || !last) {
      parts.push({ key: `p${parts.length}`, blocks: [block], slot: slotOf(block) });
    } else {
      last.blocks.push(block);
    }
  }
  return parts;
}

/**
 * The narrative slots no part of the document holds: the standard ones when their section was
 * not found, and task areas written about that the programme no longer lists.
 */
export function unplacedSlots(parts: readonly ReportPart[], taskAreaNumbers: readonly string[]): NarrativeSlot[] {
  const placed = new Set(parts.flatMap((p) => (p.slot ? [slotKey(p.slot)] : [])));
  const standard: NarrativeSlot[] = [{ kind: 'overview' }, { kind: 'difficulties' }, { kind: 'proposals' }];
  const areas: NarrativeSlot[] = taskAreaNumbers.map((n) => ({ kind: 'taskArea', number: n, title: '' }));
  return [...standard, ...areas].filter((s) => !placed.has(slotKey(s)));
}
