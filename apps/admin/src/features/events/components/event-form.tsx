import { useRef, useState, type FormEvent } from 'react';
import {
  CreateEventBodySchema,
  EVENT_KINDS,
  PRODUCT_CATEGORIES,
  type EventInput,
  type EventKind,
  type EventView,
  type ProductCategory,
} from '@lantoa/contracts/events';
import { UnitPicker, type PickedUnit } from '../../../components/unit-picker.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { DatePicker } from '../../../components/ui/date-picker.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { SelectField, TextAreaField, TextField } from '../../../components/ui/field.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { nullable, serverFieldErrors, validate, type FieldErrors } from '../../../lib/form.ts';
import { useT } from '../../../lib/i18n.tsx';

type CoverageRow = { key: number; title: string; url: string };
type ProductRow = { key: number; name: string; company: string; category: ProductCategory | ''; description: string; link: string };

let nextKey = 1;
const PRODUCT_KINDS: readonly EventKind[] = ['danang_dx_day', 'conference', 'contest'];

function countOrBad(text: string): number | null | 'bad' {
  const t = text.trim().replace(/[.\s]/g, '');
  if (!t) return null;
  return /^\d{1,8}$/.test(t) ? Number(t) : 'bad';
}

type Props = {
  event?: EventView;
  busy: boolean;
  error: unknown;
  cancelTo: string;
  onSubmit: (body: EventInput, onError: (err: unknown) => void) => void;
};

/** The event form: what, when, where, who; its press coverage and the products announced at it. */
export function EventForm({ event, busy, error, cancelTo, onSubmit }: Props) {
  const t = useT();
  const formRef = useRef<HTMLFormElement>(null);
  const [kind, setKind] = useState<EventKind | ''>(event?.kind ?? '');
  const [title, setTitle] = useState(event?.title ?? '');
  const [theme, setTheme] = useState(event?.theme ?? '');
  const [startsOn, setStartsOn] = useState(event?.startsOn ?? '');
  const [endsOn, setEndsOn] = useState(event?.endsOn ?? '');
  const [place, setPlace] = useState(event?.place ?? '');
  const [unit, setUnit] = useState<PickedUnit | null>(event ? { id: event.organiserUnitId, name: event.organiserUnitName } : null);
  const [description, setDescription] = useState(event?.description ?? '');
  const [registrations, setRegistrations] = useState(event?.registrations?.toString() ?? '');
  const [attendance, setAttendance] = useState(event?.attendance?.toString() ?? '');
  const [coverage, setCoverage] = useState<CoverageRow[]>(() => event?.coverage.map((c) => ({ key: nextKey++, title: c.title, url: c.url })) ?? []);
  const [products, setProducts] = useState<ProductRow[]>(
    () => event?.products.map((p) => ({ key: nextKey++, name: p.name, company: p.company, category: p.category, description: p.description ?? '', link: p.link ?? '' })) ?? [],
  );
  const [errors, setErrors] = useState<FieldErrors>({});
  const showProducts = kind !== '' && (PRODUCT_KINDS.includes(kind) || products.length > 0);

  function showErrors(e: FieldErrors) {
    setErrors(e);
    const first = formRef.current;
    requestAnimationFrame(() => {
      const field = first?.querySelector<HTMLElement>('[aria-invalid="true"]');
      field?.scrollIntoView({ block: 'center' });
      field?.focus({ preventScroll: true });
    });
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    const reg = countOrBad(registrations);
    const att = countOrBad(attendance);
    const numberErrors: FieldErrors = {};
    if (reg === 'bad') numberErrors.registrations = t('events.form.notNumber');
    if (att === 'bad') numberErrors.attendance = t('events.form.notNumber');
    const checked = validate(CreateEventBodySchema, {
      kind,
      title,
      theme: nullable(theme),
      startsOn,
      endsOn: endsOn || startsOn,
      place: nullable(place),
      organiserUnitId: unit?.id ?? '',
      description: nullable(description),
      registrations: reg === 'bad' ? null : reg,
      attendance: att === 'bad' ? null : att,
      coverage: coverage.map((c) => ({ title: c.title, url: c.url.trim() })),
      products: products.map((p) => ({ name: p.name, company: p.company, category: p.category, description: nullable(p.description), link: nullable(p.link) })),
    });
    if (checked.errors || Object.keys(numberErrors).length) {
      showErrors({ ...(checked.errors ?? {}), ...numberErrors });
      return;
    }
    setErrors({});
    onSubmit(checked.data, (err) => showErrors(serverFieldErrors(err)));
  }

  const setC = (key: number, patch: Partial<CoverageRow>) => setCoverage((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const setP = (key: number, patch: Partial<ProductRow>) => setProducts((rows) => rows.map((r) => (r.key === key ? { ...r, ...patch } : r)));
  const errorCount = Object.keys(errors).length;

  return (
    <form ref={formRef} onSubmit={submit} noValidate className="form card event-form">
      {isApiError(error, 'VERSION_CONFLICT') ? (
        <Alert tone="warning">
          <p>{t('events.form.conflict')}</p>
        </Alert>
      ) : error && !isApiError(error, 'VALIDATION_FAILED') ? (
        <ErrorAlert error={error} />
      ) : null}
      {errorCount > 0 ? (
        <Alert tone="error">
          <p>{t('events.form.errors', { n: errorCount })}</p>
        </Alert>
      ) : null}
      <fieldset className="fieldset">
        <legend>{t('events.form.general')}</legend>
        <SelectField
          label={t('events.form.kind')}
          required
          value={kind}
          placeholder=""
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          onChange={(e) => {
            const k = e.target.value as EventKind | '';
            setKind(k);
            if (k === 'national_dx_day' && startsOn) setStartsOn(`${startsOn.slice(0, 4)}-10-10`);
          }}
          error={errors.kind}
        />
        <TextField label={t('events.form.title')} required value={title} onChange={(e) => setTitle(e.target.value)} error={errors.title} maxLength={300} />
        <TextField
          label={t('events.form.theme')}
          required={kind === 'national_dx_day'}
          value={theme}
          onChange={(e) => setTheme(e.target.value)}
          error={errors.theme}
          hint={t('events.form.themeHint')}
          maxLength={500}
        />
        <div className="form-row">
          <DatePicker label={t('events.form.startsOn')} required value={startsOn} onChange={setStartsOn} error={errors.startsOn} />
          <DatePicker label={t('events.form.endsOn')} value={endsOn} onChange={setEndsOn} error={errors.endsOn} min={startsOn || undefined} />
        </div>
        <TextField label={t('events.form.place')} value={place} onChange={(e) => setPlace(e.target.value)} error={errors.place} maxLength={500} />
        <UnitPicker label={t('events.form.organiser')} required value={unit} onChange={setUnit} error={errors.organiserUnitId} />
        <div className="form-row">
          <TextField label={t('events.form.registrations')} inputMode="numeric" value={registrations} onChange={(e) => setRegistrations(e.target.value)} error={errors.registrations} />
          <TextField label={t('events.form.attendance')} inputMode="numeric" value={attendance} onChange={(e) => setAttendance(e.target.value)} error={errors.attendance} />
        </div>
        <TextAreaField label={t('events.form.description')} value={description} onChange={(e) => setDescription(e.target.value)} error={errors.description} rows={4} />
      </fieldset>

      <fieldset className="fieldset">
        <legend>{t('events.form.coverage')}</legend>
        {coverage.map((c, i) => (
          <div key={c.key} className="event-subrow" role="group" aria-label={t('events.form.itemN', { n: i + 1 })}>
            <TextField label={t('events.form.coverageTitle')} required value={c.title} onChange={(e) => setC(c.key, { title: e.target.value })} error={errors[`coverage.${i}.title`]} />
            <TextField label={t('events.form.coverageUrl')} required type="url" inputMode="url" value={c.url} onChange={(e) => setC(c.key, { url: e.target.value })} error={errors[`coverage.${i}.url`]} placeholder="https://" />
            <Button size="sm" variant="ghost" onClick={() => setCoverage((rows) => rows.filter((r) => r.key !== c.key))} aria-label={t('events.form.removeNamed', { n: i + 1 })}>
              {t('events.form.remove')}
            </Button>
          </div>
        ))}
        <Button size="sm" onClick={() => setCoverage((rows) => [...rows, { key: nextKey++, title: '', url: '' }])}>
          + {t('events.form.addCoverage')}
        </Button>
      </fieldset>

      {showProducts ? (
        <fieldset className="fieldset">
          <legend>{t('events.form.products')}</legend>
          <p className="field-hint">{t('events.form.productsHint')}</p>
          {errors.products ? <p className="field-error">{errors.products}</p> : null}
          {products.map((p, i) => (
            <div key={p.key} className="event-subrow event-product" role="group" aria-label={t('events.form.itemN', { n: i + 1 })}>
              <TextField label={t('events.form.productName')} required value={p.name} onChange={(e) => setP(p.key, { name: e.target.value })} error={errors[`products.${i}.name`]} />
              <TextField label={t('events.form.company')} required value={p.company} onChange={(e) => setP(p.key, { company: e.target.value })} error={errors[`products.${i}.company`]} />
              <SelectField
                label={t('events.form.category')}
                required
                value={p.category}
                placeholder=""
                options={PRODUCT_CATEGORIES.map((c) => ({ value: c, label: t(`events.category.${c}`) }))}
                onChange={(e) => setP(p.key, { category: e.target.value as ProductCategory | '' })}
                error={errors[`products.${i}.category`]}
              />
              <TextField label={t('events.form.link')} type="url" inputMode="url" value={p.link} onChange={(e) => setP(p.key, { link: e.target.value })} error={errors[`products.${i}.link`]} placeholder="https://" />
              <TextField label={t('events.form.productDescription')} className="span-2" value={p.description} onChange={(e) => setP(p.key, { description: e.target.value })} error={errors[`products.${i}.description`]} />
              <Button size="sm" variant="ghost" onClick={() => setProducts((rows) => rows.filter((r) => r.key !== p.key))} aria-label={t('events.form.removeNamed', { n: i + 1 })}>
                {t('events.form.remove')}
              </Button>
            </div>
          ))}
          <Button size="sm" onClick={() => setProducts((rows) => [...rows, { key: nextKey++, name: '', company: '', category: '', description: '', link: '' }])}>
            + {t('events.form.addProduct')}
          </Button>
        </fieldset>
      ) : null}

      <div className="form-actions">
        <Button type="submit" variant="primary" disabled={busy}>
          {t('events.form.save')}
        </Button>
        <ButtonLink to={cancelTo}>{t('events.form.cancel')}</ButtonLink>
      </div>
    </form>
  );
}
