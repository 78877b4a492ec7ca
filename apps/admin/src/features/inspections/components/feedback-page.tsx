import { useState } from 'react';
import { FEEDBACK_ITEM_KINDS, FEEDBACK_STATUSES, type Feedback } from '@lantoa/contracts/feedback';
import { ExportButtons } from '../../../components/export-buttons.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { serverFieldErrors } from '../../../lib/form.ts';
import { formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useFeedback, useModerate } from '../api.ts';
import { InspectionsTabs } from './tabs.tsx';
import { useSearchText } from './shared.tsx';

/** Citizens' feedback waiting for moderation, published with an answer, or hidden. */
export function FeedbackPage() {
  const t = useT();
  const [params, update] = useSearchParamsState();
  const [text, setText] = useSearchText(params.get('q'), (q) => update({ q, page: null }));
  const filter = {
    status: pickParam(params.get('status'), FEEDBACK_STATUSES),
    itemKind: pickParam(params.get('kind'), FEEDBACK_ITEM_KINDS),
    q: params.get('q') || undefined,
    sort: pickParam(params.get('sort'), ['-created', 'created'] as const, '-created'),
  };
  const query = useFeedback({ ...filter, page: pageParam(params.get('page')), pageSize: 20 });
  const filtered = !!(filter.status || filter.itemKind || filter.q);
  return (
    <div className="page">
      <PageHeader title={t('insp.fb.title')} subtitle={t('insp.fb.subtitle')} actions={<ExportButtons path="/feedback/export" query={filter} />} />
      <InspectionsTabs />
      <section className="card filters" aria-label={t('common.filters')}>
        <SelectField label={t('insp.col.status')} value={filter.status ?? ''} placeholder={t('common.all')} options={FEEDBACK_STATUSES.map((s) => ({ value: s, label: t(`insp.fb.status.${s}`) }))} onChange={(e) => update({ status: e.target.value, page: null })} />
        <SelectField label={t('insp.fb.kind')} value={filter.itemKind ?? ''} placeholder={t('common.all')} options={FEEDBACK_ITEM_KINDS.map((k) => ({ value: k, label: t(`insp.fb.kind.${k}`) }))} onChange={(e) => update({ kind: e.target.value, page: null })} />
        <TextField label={t('insp.search')} type="search" value={text} placeholder={t('insp.fb.searchPlaceholder')} onChange={(e) => setText(e.target.value)} />
        <SelectField label={t('insp.sort')} value={filter.sort} options={['-created', 'created'].map((s) => ({ value: s, label: t(`insp.fb.sort.${s}`) }))} onChange={(e) => update({ sort: e.target.value === '-created' ? null : e.target.value, page: null })} />
      </section>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={filtered ? t('insp.emptyFiltered') : t('insp.fb.empty')}>
              {filtered ? <Button size="sm" onClick={() => { setText(''); update({ q: null, status: null, kind: null, page: null }); }}>{t('common.clearFilters')}</Button> : null}
            </EmptyState>
          ) : (
            <>
              <ul className="insp-stack" aria-label={t('insp.fb.caption')} style={{ listStyle: 'none', padding: 0 }}>
                {data.items.map((f) => <FeedbackItem key={`${f.id}-${f.lockVersion}`} f={f} />)}
              </ul>
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
            </>
          )
        }
      </QueryState>
    </div>
  );
}

const TONES = { pending: 'amber', published: 'green', hidden: 'neutral' } as const;

function FeedbackItem({ f }: { f: Feedback }) {
  const t = useT();
  const canModerate = useCan('feedback:moderate');
  const moderate = useModerate();
  const [answer, setAnswer] = useState(f.answer ?? '');
  const [error, setError] = useState<string | undefined>();
  async function set(status: string) {
    if (status === 'published' && !answer.trim()) return setError(t('insp.v.answer'));
    setError(undefined);
    try {
      await moderate.mutateAsync({ id: f.id, status, answer: answer.trim() || null, lockVersion: f.lockVersion });
    } catch (err) {
      setError(serverFieldErrors(err).answer);
    }
  }
  return (
    <li className="card insp-feedback-item" aria-label={t('insp.fb.item', { who: f.authorName ?? t('insp.fb.anonymous') })}>
      <p>
        <Badge tone={TONES[f.status]}>{t(`insp.fb.status.${f.status}`)}</Badge>{' '}
        <span className="muted">{t(`insp.fb.kind.${f.itemKind}`)}: <a href={f.publicUrl} target="_blank" rel="noreferrer">{f.itemRef}</a> · {f.authorName ?? t('insp.fb.anonymous')}{f.contact ? ` (${f.contact})` : ''} · {formatDateTime(f.createdAt)}</span>
      </p>
      <p className="insp-pre">{f.body}</p>
      {canModerate ? (
        <>
          <TextAreaField label={t('insp.fb.answer')} rows={2} value={answer} error={error} onChange={(e) => setAnswer(e.target.value)} />
          <div className="insp-actions">
            <Button variant="primary" size="sm" busy={moderate.isPending} onClick={() => void set('published')}>{f.status === 'published' ? t('insp.fb.update') : t('insp.fb.publish')}</Button>
            {f.status !== 'hidden' ? <Button size="sm" busy={moderate.isPending} onClick={() => void set('hidden')}>{t('insp.fb.hide')}</Button> : null}
            {f.status !== 'pending' ? <Button size="sm" variant="ghost" busy={moderate.isPending} onClick={() => void set('pending')}>{t('insp.fb.toPending')}</Button> : null}
          </div>
          {moderate.error && !error ? <ErrorAlert error={moderate.error} /> : null}
        </>
      ) : f.answer ? <p className="insp-pre"><strong>{t('insp.fb.answer')}:</strong> {f.answer}</p> : null}
    </li>
  );
}
