import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { SURVEY_STATUSES, type SurveySummary } from '@lantoa/contracts/surveys';
import { Badge } from '../../../components/ui/badge.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { pageParam, pickParam, useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useMySurveys, useSurveys } from '../api/surveys.ts';

export function SurveyStatusBadge({ status }: { status: SurveySummary['status'] }) {
  const t = useT();
  return <Badge tone={status === 'open' ? 'green' : status === 'draft' ? 'blue' : 'neutral'}>{t(`surveys.status.${status}`)}</Badge>;
}

function MySurveys() {
  const t = useT();
  const mine = useMySurveys();
  return (
    <section className="card" aria-labelledby="my-surveys">
      <h2 id="my-surveys">{t('surveys.mine')}</h2>
      <QueryState query={mine}>
        {(d) =>
          d.items.length === 0 ? (
            <p className="muted">{t('surveys.mineEmpty')}</p>
          ) : (
            <ul className="survey-mine">
              {d.items.map((s) => (
                <li key={s.id}>
                  <Link to={`/surveys/${s.id}`}>{s.title}</Link> {s.hasAnswered ? <Badge tone="green">{t('surveys.answered')}</Badge> : <Badge tone="amber">{t('surveys.answer')}</Badge>}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </section>
  );
}

/** Surveys waiting for the user; for those who run surveys, every survey with filters. */
export function SurveysPage() {
  const t = useT();
  const canRead = useCan('survey:read');
  const canManage = useCan('survey:manage');
  const [params, update] = useSearchParamsState();
  const [text, setText] = useState(params.get('q') ?? '');
  const q = useDebouncedValue(text.trim(), 300);
  useEffect(() => {
    if (q !== (params.get('q') ?? '')) update({ q, page: null });
    // The debounced text is the only writer of q.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [q]);
  const listParams = {
    status: pickParam(params.get('status'), SURVEY_STATUSES),
    q: params.get('q') || undefined,
    page: pageParam(params.get('page')),
    pageSize: 20,
  };
  const query = useSurveys(listParams, canRead);
  const columns: Column<SurveySummary>[] = [
    { key: 'title', header: t('surveys.col.title'), primary: true, render: (s) => <Link to={`/surveys/${s.id}`} className="strong-link">{s.title}</Link> },
    { key: 'year', header: t('surveys.col.year'), render: (s) => s.year },
    { key: 'audience', header: t('surveys.col.audience'), render: (s) => t(`surveys.audience.${s.audience}`) },
    { key: 'status', header: t('surveys.col.status'), render: (s) => <SurveyStatusBadge status={s.status} /> },
    { key: 'questions', header: t('surveys.col.questions'), className: 'cell-num', render: (s) => formatNumber(s.questionCount) },
    { key: 'responses', header: t('surveys.col.responses'), className: 'cell-num', render: (s) => formatNumber(s.responseCount) },
  ];
  return (
    <div className="page">
      <PageHeader
        title={t('surveys.title')}
        subtitle={t('surveys.subtitle')}
        actions={canManage ? <ButtonLink variant="primary" to="/surveys/new">{t('surveys.new')}</ButtonLink> : null}
      />
      <MySurveys />
      {canRead ? (
        <>
          <h2 className="section-title">{t('surveys.all')}</h2>
          <section className="card filters" aria-label={t('common.filters')}>
            <TextField label={t('surveys.search')} type="search" value={text} onChange={(e) => setText(e.target.value)} />
            <SelectField
              label={t('surveys.col.status')}
              value={listParams.status ?? ''}
              placeholder={t('common.all')}
              options={SURVEY_STATUSES.map((s) => ({ value: s, label: t(`surveys.status.${s}`) }))}
              onChange={(e) => update({ status: e.target.value, page: null })}
            />
          </section>
          <QueryState query={query}>
            {(data) =>
              data.items.length === 0 ? (
                <EmptyState title={t('surveys.empty')} />
              ) : (
                <>
                  <Table caption={t('surveys.caption')} columns={columns} rows={data.items} rowKey={(s) => s.id} />
                  <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={(page) => update({ page: page === 1 ? null : page })} />
                </>
              )
            }
          </QueryState>
        </>
      ) : null}
    </div>
  );
}
