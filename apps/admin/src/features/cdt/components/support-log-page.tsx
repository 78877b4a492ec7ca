import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { SUPPORT_SERVICES, SupportLogInputSchema, type SupportService } from '@lantoa/contracts/cdt';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextField } from '../../../components/ui/field.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { Spinner } from '../../../components/ui/spinner.tsx';
import { formatDate, formatNumber, todayIso } from '../../../lib/format.ts';
import { validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useLogTeams } from '../api/get-log-teams.ts';
import { useOutbox } from '../use-outbox.ts';
import type { OutboxItem } from '../outbox.ts';
import { CdtTabs } from './cdt-tabs.tsx';

type Counts = Record<SupportService, string>;
const ZERO: Counts = { vneid: '', onlineServices: '', cashless: '', antiFraud: '', cityApps: '' };
const toCount = (s: string) => (s.trim() === '' ? 0 : /^\d+$/.test(s.trim()) ? Number(s.trim()) : NaN);
const totalOf = (b: OutboxItem['body']) => b.vneid + b.onlineServices + b.cashless + b.antiFraud + b.cityApps;

/**
 * A team member's phone form: date, place and people helped per service. The log goes to the
 * device's outbox first and is sent from there, now or when the network returns.
 */
export function SupportLogPage() {
  const t = useT();
  const queryClient = useQueryClient();
  const [params] = useSearchParamsState();
  const teams = useLogTeams();
  const [teamId, setTeamId] = useState(params.get('teamId') ?? '');
  const [logDate, setLogDate] = useState(todayIso());
  const [place, setPlace] = useState('');
  const [note, setNote] = useState('');
  const [counts, setCounts] = useState<Counts>(ZERO);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: 'success' | 'info' | 'error'; text: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const outbox = useOutbox(() => void queryClient.invalidateQueries({ queryKey: ['cdt'] }));

  const teamList = teams.data ?? [];
  const chosenTeam = teamId || (teamList.length === 1 ? teamList[0]!.id : '');
  const numbers = Object.fromEntries(SUPPORT_SERVICES.map((s) => [s, toCount(counts[s])])) as Record<SupportService, number>;
  const total = SUPPORT_SERVICES.reduce((sum, s) => sum + (Number.isNaN(numbers[s]) ? 0 : numbers[s]), 0);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMessage(null);
    const bad = SUPPORT_SERVICES.filter((s) => Number.isNaN(numbers[s]));
    const checked = validate(SupportLogInputSchema, { id: crypto.randomUUID(), teamId: chosenTeam, logDate, place, note: note || null, ...numbers });
    const fieldErrors: FieldErrors = { ...(checked.errors ?? {}) };
    for (const s of bad) fieldErrors[s] = t('cdt.log.notNumber');
    if (fieldErrors.vneid && !bad.includes('vneid') && total === 0) {
      delete fieldErrors.vneid;
      fieldErrors.counts = t('cdt.log.needOne');
    }
    if (!checked.data || Object.keys(fieldErrors).length) {
      setErrors(fieldErrors);
      return;
    }
    setErrors({});
    setSaving(true);
    try {
      const item = await outbox.add(checked.data);
      if (item?.status === 'sent') setMessage({ tone: 'success', text: t('cdt.log.sent', { count: formatNumber(total) }) });
      else if (item?.status === 'failed') setMessage({ tone: 'error', text: t('cdt.outbox.failedHint', { message: item.error ?? '' }) });
      else setMessage({ tone: 'info', text: t('cdt.log.queued') });
      setCounts(ZERO);
      setNote('');
    } finally {
      setSaving(false);
    }
  }

  return (
    <div className="page cdt-log-page">
      <PageHeader title={t('cdt.log.title')} subtitle={t('cdt.log.subtitle')} />
      <CdtTabs />
      {!outbox.online ? <Badge tone="amber">{t('cdt.log.offline')}</Badge> : null}
      {message ? <Alert tone={message.tone}>{message.text}</Alert> : null}
      {teams.isPending ? <Spinner /> : null}
      {teams.isError ? <ErrorAlert error={teams.error} onRetry={() => void teams.refetch()} /> : null}
      {teams.isSuccess && teamList.length === 0 ? <Alert tone="warning">{t('cdt.log.noTeam')}</Alert> : null}
      {teamList.length > 0 ? (
        <form className="card stack cdt-log-form" onSubmit={(e) => void submit(e)} noValidate aria-label={t('cdt.log.title')}>
          {teamList.length === 1 ? (
            <p className="cdt-log-team">
              <strong>{t('cdt.log.team')}:</strong> {teamList[0]!.name}
            </p>
          ) : (
            <SelectField
              label={t('cdt.log.team')}
              required
              value={chosenTeam}
              placeholder="—"
              options={teamList.map((x) => ({ value: x.id, label: x.communeName ? `${x.name} — ${x.communeName}` : x.name }))}
              onChange={(e) => setTeamId(e.target.value)}
              error={errors.teamId}
            />
          )}
          <DatePicker label={t('cdt.log.date')} required value={logDate} onChange={setLogDate} error={errors.logDate} />
          <TextField label={t('cdt.log.place')} required value={place} placeholder={t('cdt.log.placePlaceholder')} onChange={(e) => setPlace(e.target.value)} error={errors.place} />
          <fieldset className="fieldset cdt-counts">
            <legend>{t('cdt.log.people')}</legend>
            <p className="field-hint">{t('cdt.log.peopleHint')}</p>
            <div className="cdt-counts-grid">
              {SUPPORT_SERVICES.map((s) => (
                <TextField
                  key={s}
                  label={t(`cdt.service.${s}`)}
                  inputMode="numeric"
                  pattern="[0-9]*"
                  value={counts[s]}
                  placeholder="0"
                  onChange={(e) => setCounts((c) => ({ ...c, [s]: e.target.value }))}
                  error={errors[s]}
                />
              ))}
            </div>
            {errors.counts ? <p className="field-error">{errors.counts}</p> : null}
            <p className="cdt-total">{t('cdt.log.total', { count: formatNumber(total) })}</p>
          </fieldset>
          <TextField label={t('cdt.log.note')} value={note} onChange={(e) => setNote(e.target.value)} error={errors.note} />
          <div className="form-actions">
            <Button type="submit" variant="primary" busy={saving}>
              {t('cdt.log.submit')}
            </Button>
          </div>
        </form>
      ) : null}
      <OutboxList outbox={outbox} />
    </div>
  );
}

function OutboxList({ outbox }: { outbox: ReturnType<typeof useOutbox> }) {
  const t = useT();
  return (
    <section className="stack cdt-outbox" aria-label={t('cdt.outbox.title')}>
      <div className="section-head">
        <h2 className="section-title">{t('cdt.outbox.title')}</h2>
        {outbox.pending > 0 ? (
          <Button size="sm" onClick={() => void outbox.flush()} busy={outbox.sending}>
            {outbox.sending ? t('cdt.outbox.sending') : t('cdt.outbox.sendNow')}
          </Button>
        ) : null}
      </div>
      {outbox.pending > 0 ? (
        <p className="cdt-pending" role="status">
          {t('cdt.outbox.pending', { count: outbox.pending })}
        </p>
      ) : null}
      {outbox.items.length === 0 ? (
        <p>{t('cdt.outbox.empty')}</p>
      ) : (
        <ul className="cdt-log-list" aria-label={t('cdt.outbox.caption')}>
          {outbox.items.map((i) => (
            <li key={i.id} data-status={i.status}>
              <Badge tone={i.status === 'sent' ? 'green' : i.status === 'failed' ? 'red' : 'amber'}>
                {t(i.status === 'sent' ? 'cdt.outbox.statusSent' : i.status === 'failed' ? 'cdt.outbox.statusFailed' : 'cdt.outbox.statusPending')}
              </Badge>{' '}
              {t('cdt.outbox.item', { date: formatDate(i.body.logDate), place: i.body.place, count: formatNumber(totalOf(i.body)) })}
              {i.status === 'failed' ? (
                <>
                  <p className="field-error">{t('cdt.outbox.failedHint', { message: i.error ?? '' })}</p>
                  <Button size="sm" variant="ghost" onClick={() => void outbox.remove(i.id)}>
                    {t('cdt.outbox.remove')}
                  </Button>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
