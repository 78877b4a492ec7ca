import { useEffect, useState, type FormEvent } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router';
import { ARTICLE_KINDS, ArticleInputSchema, type Article, type ArticleKind, type ChannelView } from '@lantoa/contracts/press';
import { isJobActive, JobProgress, jobQueryOptions } from '../../../components/job-progress.tsx';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Pagination } from '../../../components/ui/pagination.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatDate, formatDateTime, todayIso } from '../../../lib/format.ts';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDebouncedValue } from '../../../lib/use-debounced-value.ts';
import { useFlash } from '../../../lib/use-flash.ts';
import { useAddArticle } from '../api/add-article.ts';
import { useDeleteArticle, useDeleteChannel } from '../api/delete-press.ts';
import { useArticles } from '../api/get-articles.ts';
import { useChannel } from '../api/get-channel.ts';
import { pressKeys } from '../api/keys.ts';
import { usePullChannel } from '../api/pull-channel.ts';

function ExternalLink({ href }: { href: string | null }) {
  if (!href) return <>—</>;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="press-url">
      {href}
    </a>
  );
}

/** "Lấy tin ngay": the pull job, followed until it ends; then the channel and its articles reload. */
function PullPanel({ channel }: { channel: ChannelView }) {
  const t = useT();
  const queryClient = useQueryClient();
  const pull = usePullChannel(channel.id);
  const [jobId, setJobId] = useState<string | null>(null);
  const job = useQuery({ ...jobQueryOptions(jobId ?? ''), enabled: jobId !== null });
  const status = jobId ? job.data?.status : undefined;
  useEffect(() => {
    if (jobId && status && !isJobActive(status)) void queryClient.invalidateQueries({ queryKey: pressKeys.all });
  }, [jobId, status, queryClient]);
  return (
    <div className="stack press-pull">
      <div className="button-row">
        <Button
          variant="primary"
          busy={pull.isPending || (jobId !== null && isJobActive(status))}
          onClick={() => pull.mutate(undefined, { onSuccess: (r) => setJobId(r.jobId) })}
        >
          {t('press.pull')}
        </Button>
      </div>
      {pull.isError ? <ErrorAlert error={pull.error} /> : null}
      {jobId ? <JobProgress jobId={jobId} label={t('press.pullLabel')} /> : null}
    </div>
  );
}

function AddArticleForm({ channelId }: { channelId: string }) {
  const t = useT();
  const add = useAddArticle(channelId);
  const [title, setTitle] = useState('');
  const [publishedOn, setPublishedOn] = useState(todayIso());
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<ArticleKind>('article');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [done, setDone] = useState(false);

  function submit(e: FormEvent) {
    e.preventDefault();
    const checked = validate(ArticleInputSchema, { title, publishedOn, url: nullable(url), kind });
    if (checked.errors) {
      setErrors(checked.errors);
      return;
    }
    setErrors({});
    setDone(false);
    add.mutate(checked.data, {
      onSuccess: () => {
        setTitle('');
        setUrl('');
        setDone(true);
      },
      onError: (err) => setErrors(serverFieldErrors(err)),
    });
  }

  return (
    <form className="form press-subform" onSubmit={submit} noValidate aria-labelledby="add-article-title">
      <h3 id="add-article-title" className="section-title">
        {t('press.articles.addTitle')}
      </h3>
      <TextField label={t('press.articles.titleField')} required value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} />
      <div className="form-row">
        <DatePicker label={t('press.articles.date')} required value={publishedOn} onChange={setPublishedOn} error={errors.publishedOn} />
        <SelectField
          label={t('press.articles.kind')}
          value={kind}
          options={ARTICLE_KINDS.map((k) => ({ value: k, label: t(`press.articleKind.${k}`) }))}
          onChange={(e) => setKind(e.target.value as ArticleKind)}
        />
      </div>
      <TextField label={t('press.articles.url')} type="url" inputMode="url" value={url} onChange={(e) => setUrl(e.target.value)} error={errors.url} placeholder="https://" />
      {add.isError && !errors.title && !errors.url ? <ErrorAlert error={add.error} /> : null}
      {done ? (
        <Alert tone="success">
          <p>{t('press.articles.added')}</p>
        </Alert>
      ) : null}
      <div className="form-actions">
        <Button type="submit" busy={add.isPending}>
          {t('press.articles.add')}
        </Button>
      </div>
    </form>
  );
}

function Articles({ channel }: { channel: ChannelView }) {
  const t = useT();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 300);
  const [year, setYear] = useState('');
  const [page, setPage] = useState(1);
  const query = useArticles(channel.id, { q: q || undefined, year: year ? Number(year) : undefined, page, pageSize: 20 });
  const thisYear = Number(todayIso().slice(0, 4));
  const remove = useDeleteArticle(channel.id);
  const [removing, setRemoving] = useState<Article | null>(null);
  const columns: Column<Article>[] = [
    { key: 'date', header: t('press.articles.col.date'), render: (a) => formatDate(a.publishedOn) },
    {
      key: 'title',
      header: t('press.articles.col.title'),
      primary: true,
      render: (a) =>
        a.url ? (
          <a href={a.url} target="_blank" rel="noopener noreferrer">
            {a.title}
          </a>
        ) : (
          a.title
        ),
    },
    { key: 'kind', header: t('press.articles.col.kind'), render: (a) => t(`press.articleKind.${a.kind}`) },
    { key: 'source', header: t('press.articles.col.source'), render: (a) => t(`press.source.${a.source}`) },
    ...(channel.canEdit
      ? [
          {
            key: 'actions',
            header: t('press.articles.col.actions'),
            render: (a: Article) => (
              <Button size="sm" variant="ghost" onClick={() => setRemoving(a)}>
                {t('press.articles.delete')}
              </Button>
            ),
          },
        ]
      : []),
  ];
  return (
    <section className="card" aria-labelledby="articles-title">
      <h2 id="articles-title" className="section-title">
        {t('press.articles.title', { count: channel.articleCount })}
      </h2>
      <div className="filters">
        <TextField label={t('press.articles.search')} type="search" value={text} onChange={(e) => { setText(e.target.value); setPage(1); }} />
        <SelectField
          label={t('press.articles.year')}
          value={year}
          placeholder={t('press.articles.allYears')}
          options={Array.from({ length: thisYear - 2019 }, (_, i) => String(thisYear - i)).map((y) => ({ value: y, label: y }))}
          onChange={(e) => { setYear(e.target.value); setPage(1); }}
        />
      </div>
      <QueryState query={query}>
        {(data) =>
          data.items.length === 0 ? (
            <EmptyState title={t('press.articles.empty')} />
          ) : (
            <>
              <Table caption={t('press.articles.caption')} columns={columns} rows={data.items} rowKey={(a) => a.id} />
              <Pagination page={data.page} pageSize={data.pageSize} total={data.total} onPageChange={setPage} />
            </>
          )
        }
      </QueryState>
      {channel.canEdit ? <AddArticleForm channelId={channel.id} /> : null}
      <ConfirmDialog
        open={removing !== null}
        title={t('press.articles.deleteTitle')}
        confirmLabel={t('press.articles.delete')}
        tone="danger"
        busy={remove.isPending}
        footer={remove.isError ? <ErrorAlert error={remove.error} /> : null}
        onCancel={() => setRemoving(null)}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      >
        <p>{removing?.title}</p>
      </ConfirmDialog>
    </section>
  );
}

/** One channel: its column, its feed with "Lấy tin ngay", and the articles in the column. */
export function ChannelPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useChannel(id);
  const navigate = useNavigate();
  const remove = useDeleteChannel(id);
  const [confirming, setConfirming] = useState(false);
  const [flash, dismissFlash] = useFlash();
  return (
    <div className="page">
      <QueryState query={query}>
        {(c) => (
          <>
            <PageHeader
              title={c.name}
              subtitle={`${t(`press.kind.${c.kind}`)} · ${c.ownerUnitName}`}
              actions={
                <>
                  {c.canEdit ? <ButtonLink to={`/press/${c.id}/edit`}>{t('press.edit')}</ButtonLink> : null}
                  {c.canEdit ? (
                    <Button variant="ghost" onClick={() => setConfirming(true)}>
                      {t('press.delete')}
                    </Button>
                  ) : null}
                  <ButtonLink to="/press">{t('press.back')}</ButtonLink>
                </>
              }
            />
            {flash ? (
              <Alert tone="success">
                <p>{t(flash)}</p>
                <Button size="sm" variant="ghost" onClick={dismissFlash}>
                  {t('common.close')}
                </Button>
              </Alert>
            ) : null}
            <section className="card" aria-labelledby="column-title">
              <h2 id="column-title" className="section-title">
                {t('press.detail.column')}{' '}
                {c.hasDxColumn ? (
                  <Badge tone="green">{t('press.hasColumnSince', { date: formatDate(c.columnSince) })}</Badge>
                ) : (
                  <Badge tone="amber">{t('press.noColumn')}</Badge>
                )}
                {c.isDemo ? (
                  <>
                    {' '}
                    <Badge>{t('press.demo')}</Badge>
                  </>
                ) : null}
              </h2>
              <dl className="details">
                <dt>{t('press.form.columnTitle')}</dt>
                <dd>{c.columnTitle ?? '—'}</dd>
                <dt>{t('press.form.columnUrl')}</dt>
                <dd>
                  <ExternalLink href={c.columnUrl} />
                </dd>
                <dt>{t('press.detail.url')}</dt>
                <dd>
                  <ExternalLink href={c.url} />
                </dd>
                <dt>{t('press.detail.feed')}</dt>
                <dd>{c.feedUrl ? <ExternalLink href={c.feedUrl} /> : t('press.detail.noFeed')}</dd>
                {c.feedUrl ? (
                  <>
                    <dt>{t('press.detail.feedStatus')}</dt>
                    <dd>
                      {c.feedStatus === 'ok'
                        ? t('press.detail.feedOk', { at: formatDateTime(c.feedPulledAt) })
                        : c.feedStatus === 'failed'
                          ? t('press.detail.feedFailed', { at: formatDateTime(c.feedPulledAt), error: c.feedError ?? '' })
                          : t('press.detail.feedNever')}
                    </dd>
                  </>
                ) : null}
              </dl>
              {c.feedUrl && c.canEdit ? <PullPanel channel={c} /> : null}
            </section>
            <Articles channel={c} />
            <ConfirmDialog
              open={confirming}
              title={t('press.deleteTitle', { name: c.name })}
              confirmLabel={t('press.delete')}
              tone="danger"
              busy={remove.isPending}
              footer={remove.isError ? <ErrorAlert error={remove.error} /> : null}
              onCancel={() => setConfirming(false)}
              onConfirm={() => remove.mutate(undefined, { onSuccess: () => void navigate('/press') })}
            >
              <p>{t('press.deleteBody', { count: c.articleCount })}</p>
            </ConfirmDialog>
          </>
        )}
      </QueryState>
    </div>
  );
}
