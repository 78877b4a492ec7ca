import { useState, type FormEvent } from 'react';
import { CleanedHtml } from '../../../components/ui/cleaned-html.tsx';
import { Link, useNavigate, useParams } from 'react-router';
import { CONTENT_CHANNELS, type ContentAction, type ContentChannel, type ContentView } from '@lantoa/contracts/content';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { Button, buttonClass } from '../../../components/ui/button.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { useCan, useMe } from '../../../lib/auth.tsx';
import { formatDateTime, formatNumber, todayIso } from '../../../lib/format.ts';
import { serverFieldErrors, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useContent } from '../api/get-content.ts';
import { useContentVersion, useContentVersions } from '../api/get-content-versions.ts';
import { useTransitionContent } from '../api/transition-content.ts';
import { useContentFiles } from '../api/upload-content-file.ts';
import { useRecordUsage } from '../api/content-usage.ts';
import { ContentForm } from './content-form.tsx';
import { ContentStatusBadge } from './content-status-badge.tsx';

/** A new item: the form, with the user's own unit chosen. */
export function ContentNewPage() {
  const t = useT();
  const me = useMe();
  const navigate = useNavigate();
  const unit = me.user.unitId && me.user.unitName ? { id: me.user.unitId, name: me.user.unitName } : null;
  return (
    <div className="page">
      <PageHeader title={t('content.form.newTitle')} />
      <p className="muted">{t('content.files.needSave')}</p>
      <ContentForm item={null} defaultUnit={unit} onSaved={(item) => void navigate(`/content/${item.id}`, { state: { flash: 'content.form.created' } })} />
    </div>
  );
}

/** One item: its form (or a read view), files, review and publishing, history, versions, uses. */
export function ContentPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useContent(id);
  const [flash] = useFlash();
  // Kept above the detail, which starts afresh (its form included) at every saved version.
  const [message, setMessage] = useState<string | null>(null);
  return (
    <QueryState query={query}>
      {(item) => <ContentDetail key={`${item.id}:${item.lockVersion}`} item={item} message={message ?? (flash ? t(flash) : null)} setMessage={setMessage} />}
    </QueryState>
  );
}

function ContentDetail({ item, message, setMessage }: { item: ContentView; message: string | null; setMessage: (m: string) => void }) {
  const t = useT();
  return (
    <div className="page content-page">
      <PageHeader
        title={item.title}
        subtitle={`${t(`content.kind.${item.kind}`)} · ${item.unitName}`}
        actions={item.publicUrl ? <a className={buttonClass('secondary')} href={item.publicUrl}>{t('content.workflow.public')}</a> : null}
      >
        <nav aria-label={t('content.breadcrumbs')} className="muted">
          <Link to="/content">{t('content.list.title')}</Link>
        </nav>
      </PageHeader>
      <p>
        <ContentStatusBadge status={item.status} /> <span className="muted">{t('content.versions.item', { n: item.versionNo, at: formatDateTime(item.updatedAt), who: '' }).replace(/ — $/, '')}</span>
      </p>
      {message ? (
        <Alert tone="success">
          <p role="status">{message}</p>
        </Alert>
      ) : null}
      <WorkflowPanel item={item} onDone={(s) => setMessage(t('content.workflow.done', { status: t(`content.status.${s}`) }))} />
      {item.canEdit ? (
        <ContentForm item={item} defaultUnit={null} onSaved={(saved) => setMessage(t('content.form.saved', { n: saved.versionNo }))} />
      ) : (
        <section className="card">
          <p className="muted">{t('content.form.readOnly')}</p>
          {item.summary ? <p className="lead">{item.summary}</p> : null}
          <CleanedHtml className="content-body" html={item.bodyHtml} title={item.title} />
        </section>
      )}
      <FilesPanel item={item} onMessage={setMessage} />
      <UsagePanel item={item} onMessage={setMessage} />
      <VersionsPanel item={item} />
      <section className="card" aria-labelledby="content-history">
        <h2 id="content-history">{t('content.history.title')}</h2>
        <ol className="history-list">
          {item.history.map((h, i) => (
            <li key={i}>
              <strong>{t(`content.status.${h.toState}`)}</strong> — {formatDateTime(h.at)} — {h.actorName ?? t('content.history.system')}
              {h.comment ? <p className="muted">{h.comment}</p> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

function WorkflowPanel({ item, onDone }: { item: ContentView; onDone: (status: string) => void }) {
  const t = useT();
  const transition = useTransitionContent(item.id);
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (item.actions.length === 0) return null;
  const act = (action: ContentAction, commentRequired: boolean) => {
    if (commentRequired && !comment.trim()) {
      setError(t('content.workflow.commentRequired'));
      document.getElementById('content-comment')?.focus();
      return;
    }
    setError(null);
    transition.mutate({ action, comment: comment.trim() || null, lockVersion: item.lockVersion }, { onSuccess: (v) => onDone(v.status) });
  };
  return (
    <section className="card" aria-labelledby="content-workflow">
      <h2 id="content-workflow">{t('content.workflow.title')}</h2>
      <TextAreaField id="content-comment" label={t('content.workflow.comment')} value={comment} onChange={(e) => setComment(e.target.value)} error={error ?? undefined} rows={2} />
      <div className="form-actions">
        {item.actions.map((a) => (
          <Button key={a.action} variant={a.action === 'return' || a.action === 'unpublish' ? 'danger' : a.action === 'publish' || a.action === 'submit' ? 'primary' : 'secondary'} disabled={transition.isPending} onClick={() => act(a.action, a.commentRequired)}>
            {a.label}
          </Button>
        ))}
      </div>
      {transition.error ? <ErrorAlert error={transition.error} /> : null}
    </section>
  );
}

function FilesPanel({ item, onMessage }: { item: ContentView; onMessage: (m: string) => void }) {
  const t = useT();
  const { upload, remove } = useContentFiles(item.id);
  const [file, setFile] = useState<File | null>(null);
  const [caption, setCaption] = useState('');
  const [inputKey, setInputKey] = useState(0);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!file) return;
    upload.mutate(
      { file, caption, lockVersion: item.lockVersion },
      { onSuccess: () => onMessage(t('content.files.uploaded', { name: file.name })) },
    );
    setInputKey((k) => k + 1);
  };
  return (
    <section className="card" aria-labelledby="content-files">
      <h2 id="content-files">{t('content.files.title')}</h2>
      {item.files.length === 0 ? (
        <p className="muted">{t('content.files.empty')}</p>
      ) : (
        <ul className="content-files">
          {item.files.map((f) => (
            <li key={f.id}>
              {f.thumbUrl ? <img src={f.thumbUrl} alt="" width={96} height={64} /> : null}
              <a href={f.url}>{f.name}</a> <span className="muted">({f.mime.split(';')[0]}, {formatNumber(Math.ceil(f.size / 1024))} KB)</span>
              {f.caption ? <span className="muted"> — {f.caption}</span> : null}
              {item.canEdit ? (
                <Button size="sm" variant="ghost" aria-label={t('content.files.removeNamed', { name: f.name })} disabled={remove.isPending} onClick={() => remove.mutate({ fileId: f.id, lockVersion: item.lockVersion })}>
                  {t('content.files.remove')}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {item.canEdit ? (
        <form onSubmit={submit} className="form-grid">
          <div className="field">
            <label className="field-label" htmlFor="content-file">
              {t('content.files.choose')}
            </label>
            <input key={inputKey} id="content-file" type="file" className="input" accept="image/png,image/jpeg,image/webp,image/gif,application/pdf,.docx,.xlsx,.txt,video/mp4,video/webm" onChange={(e) => setFile(e.target.files?.[0] ?? null)} aria-describedby="content-file-hint" />
            <p className="field-hint" id="content-file-hint">
              {t('content.files.limits')}
            </p>
          </div>
          <TextField label={t('content.files.caption')} value={caption} onChange={(e) => setCaption(e.target.value)} maxLength={500} />
          <div className="form-actions">
            <Button type="submit" disabled={!file || upload.isPending}>
              {t('content.files.upload')}
            </Button>
          </div>
        </form>
      ) : null}
      {upload.error ? <ErrorAlert error={upload.error} /> : null}
      {remove.error ? <ErrorAlert error={remove.error} /> : null}
    </section>
  );
}

function UsagePanel({ item, onMessage }: { item: ContentView; onMessage: (m: string) => void }) {
  const t = useT();
  const me = useMe();
  const canEdit = useCan('content:edit');
  const record = useRecordUsage(item.id);
  const [unit, setUnit] = useState<PickedUnit | null>(me.user.unitId && me.user.unitName ? { id: me.user.unitId, name: me.user.unitName } : null);
  const [channel, setChannel] = useState<ContentChannel>('column');
  const [usedOn, setUsedOn] = useState(todayIso());
  const [reach, setReach] = useState('');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  if (!canEdit || item.status !== 'published') return null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!unit) {
      setErrors({ unitId: t('content.form.unitRequired') });
      return;
    }
    setErrors({});
    record.mutate(
      { unitId: unit.id, channel, usedOn, reach: reach ? Number(reach) : null, note: note.trim() || null },
      { onSuccess: () => onMessage(t('content.usage.recorded')), onError: (err) => setErrors(serverFieldErrors(err)) },
    );
  };
  return (
    <section className="card" aria-labelledby="content-usage">
      <h2 id="content-usage">{t('content.usage.title')}</h2>
      <p className="muted">{t('content.usage.count', { n: item.usageCount })}</p>
      <form onSubmit={submit} className="form-grid" noValidate>
        <UnitPicker label={t('content.usage.unit')} value={unit} onChange={setUnit} error={errors.unitId} required />
        <SelectField label={t('content.usage.channel')} value={channel} options={CONTENT_CHANNELS.map((c) => ({ value: c, label: t(`content.channel.${c}`) }))} onChange={(e) => setChannel(e.target.value as ContentChannel)} />
        <TextField label={t('content.usage.usedOn')} type="date" value={usedOn} onChange={(e) => setUsedOn(e.target.value)} error={errors.usedOn} required />
        <TextField label={t('content.usage.reach')} type="number" min={0} inputMode="numeric" value={reach} onChange={(e) => setReach(e.target.value)} error={errors.reach} />
        <TextField label={t('content.usage.note')} value={note} onChange={(e) => setNote(e.target.value)} maxLength={1000} />
        <div className="form-actions">
          <Button type="submit" disabled={record.isPending}>
            {t('content.usage.record')}
          </Button>
        </div>
      </form>
      {record.error && !Object.keys(serverFieldErrors(record.error)).length ? <ErrorAlert error={record.error} /> : null}
    </section>
  );
}

function VersionsPanel({ item }: { item: ContentView }) {
  const t = useT();
  const versions = useContentVersions(item.id);
  const [open, setOpen] = useState<number | null>(null);
  const version = useContentVersion(item.id, open);
  return (
    <section className="card" aria-labelledby="content-versions">
      <h2 id="content-versions">{t('content.versions.title')}</h2>
      <QueryState query={versions}>
        {(data) => (
          <ul className="history-list">
            {data.items.map((v) => (
              <li key={v.versionNo}>
                {t('content.versions.item', { n: v.versionNo, at: formatDateTime(v.createdAt), who: v.createdByName ?? '' })}{' '}
                <Button size="sm" variant="link" aria-label={t('content.versions.viewNamed', { n: v.versionNo })} onClick={() => setOpen(open === v.versionNo ? null : v.versionNo)} aria-expanded={open === v.versionNo}>
                  {t('content.versions.view')}
                </Button>
                {open === v.versionNo && version.data ? <VersionView data={version.data.data} /> : null}
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </section>
  );
}

const text = (v: unknown): string => (typeof v === 'string' ? v : '');

function VersionView({ data }: { data: Record<string, unknown> }) {
  return (
    <div className="version-view">
      <p>
        <strong>{text(data.title)}</strong>
      </p>
      {text(data.summary) ? <p className="muted">{text(data.summary)}</p> : null}
      <CleanedHtml className="content-body" html={text(data.bodyHtml)} title={text(data.title) || 'Nội dung'} />
    </div>
  );
}
