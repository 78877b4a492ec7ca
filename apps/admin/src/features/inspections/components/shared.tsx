import { useEffect, useState } from 'react';
import type { RecDisplayStatus } from '@lantoa/contracts/inspections';
import { Badge, type BadgeTone } from '../../../components/ui/badge.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';

const REC_TONES: Record<RecDisplayStatus, BadgeTone> = { open: 'neutral', in_progress: 'blue', overdue: 'red', done: 'green' };
export function RecStatusBadge({ status }: { status: RecDisplayStatus }) {
  const t = useT();
  return <Badge tone={REC_TONES[status]}>{t(`insp.rec.status.${status}`)}</Badge>;
}

const ASSESS_TONES: Record<string, BadgeTone> = { draft: 'neutral', submitted: 'amber', returned: 'red', accepted: 'green' };
export function AssessmentStatusBadge({ status }: { status: string }) {
  const t = useT();
  return <Badge tone={ASSESS_TONES[status] ?? 'neutral'}>{t(`insp.assess.status.${status}`)}</Badge>;
}

/** The search box's text, written to the address (q) once typing pauses. */
export function useSearchText(current: string | null, write: (q: string) => void): [string, (s: string) => void] {
  const [text, setText] = useState(current ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (q !== (current ?? '')) write(q);
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  return [text, setText];
}

export function History({ items }: { items: { action: string; comment: string | null; actorName: string | null; at: string }[] }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="insp-history">
      <h2 className="section-title" id="insp-history">{t('insp.history')}</h2>
      <ol className="insp-history">
        {items.map((h, i) => (
          <li key={i}>
            <strong>{t(`insp.action.${h.action}`)}</strong> — {h.actorName ?? t('insp.system')}, {formatDateTime(h.at)}
            {h.comment ? <>: <em>{h.comment}</em></> : null}
          </li>
        ))}
      </ol>
    </section>
  );
}

export const YEARS = (() => {
  const now = new Date().getFullYear();
  const out: number[] = [];
  for (let y = now + 1; y >= 2022; y--) out.push(y);
  return out;
})();
