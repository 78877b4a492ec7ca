import { useEffect, useState, type FormEvent, type ReactNode } from 'react';
import type { ReportAction, ReportForm, ReportView } from '@lantoa/contracts/reporting';
import { Button } from '../../../components/ui/button.tsx';
import { RequiredMark } from '../../../components/ui/field.tsx';
import { ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { isApiError } from '../../../lib/api-client.ts';
import { formatNumber } from '../../../lib/format.ts';
import { hasMessage, useT } from '../../../lib/i18n.tsx';
import { useSaveReport } from '../api/save-report.ts';
import { useTransitionReport } from '../api/transition-report.ts';
import {
  buildValues,
  categoryTotal,
  cellKey,
  elementKey,
  isDirty,
  parseValueText,
  placeIssues,
  textsFromValues,
  type EntryTexts,
} from '../report-values.ts';
import { ACTION_VARIANTS, TransitionDialog } from './transition-dialog.tsx';

type Element = ReportForm['elements'][number];

const cellId = (element: string, category: string) => `rv-${element}-${category || 'value'}`;

/** The stored state the form was filled from: when it changes, what is typed starts again from it. */
const versionOf = (e: ReportView) => `${e.id ?? 'new'}:${e.lockVersion ?? 0}:${e.status ?? ''}:${e.revision}`;

type EntryFormProps = {
  entry: ReportView;
  form: ReportForm;
  periodLabel: string;
  /** A sentence saying what was just done, or null to take it away once the user types again. */
  onNotice: (text: string | null) => void;
  onReload: () => void;
};

/**
 * The figures of one report: a row per data element (and per category of a disaggregated one),
 * numbers only, with the server's objections beside the fields they concern; saving and the
 * workflow's next steps below.
 */
export function EntryForm({ entry, form, periodLabel, onNotice, onReload }: EntryFormProps) {
  const t = useT();
  const save = useSaveReport();
  const transition = useTransitionReport();
  const [texts, setTexts] = useState<EntryTexts>(() => textsFromValues(entry.values, form.elements));
  const [blurred, setBlurred] = useState<ReadonlySet<string>>(() => new Set());
  const [attempted, setAttempted] = useState(false);
  const [serverErrors, setServerErrors] = useState<Record<string, string>>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [action, setAction] = useState<ReportAction | null>(null);
  const [dialogError, setDialogError] = useState<unknown>(null);
  const [working, setWorking] = useState(false);

  const [version, setVersion] = useState(() => versionOf(entry));
  if (version !== versionOf(entry)) {
    setVersion(versionOf(entry));
    setTexts(textsFromValues(entry.values, form.elements));
    setBlurred(new Set());
    setAttempted(false);
  }

  const editable = entry.canEdit;
  const built = buildValues(form.elements, texts);
  const dirty = editable && isDirty(form.elements, texts, entry.values);

  useEffect(() => {
    if (!dirty) return;
    const warn = (e: BeforeUnloadEvent) => e.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [dirty]);

  const errors: Record<string, string> = { ...serverErrors };
  for (const [key, problem] of Object.entries(built.problems)) {
    if (attempted || blurred.has(key))
      errors[key] = t(problem === 'notInteger' ? 'reports.entry.notInteger' : 'reports.entry.notNumber');
  }
  const errorCount = Object.keys(errors).filter((k) => k !== '_').length;

  function focusFirst(keys: string[]) {
    const first = form.elements
      .flatMap((e) => (e.categories.length ? e.categories.map((c) => [e.code, c] as const) : [[e.code, ''] as const]))
      .find(([code, c]) => keys.includes(cellKey(code, c)) || keys.includes(elementKey(code)));
    if (first) requestAnimationFrame(() => document.getElementById(cellId(first[0], first[1]))?.focus());
  }

  function setText(key: string, value: string) {
    setTexts((prev) => ({ ...prev, [key]: value }));
    onNotice(null);
    if (serverErrors[key] || serverErrors['_']) {
      setServerErrors((prev) => {
        const next = { ...prev };
        delete next[key];
        return next;
      });
    }
  }

  /** Saves what is typed; answers the saved report, or null when it could not be saved. */
  async function saveNow(): Promise<ReportView | null> {
    setAttempted(true);
    setFailure(null);
    onNotice(null);
    const problems = Object.keys(built.problems);
    if (problems.length) {
      focusFirst(problems);
      return null;
    }
    try {
      const view = await save.mutateAsync({
        formId: entry.formId,
        unitId: entry.unitId,
        period: entry.period,
        values: built.values,
        lockVersion: entry.lockVersion,
      });
      setServerErrors({});
      return view;
    } catch (err) {
      if (isApiError(err, 'VALIDATION_FAILED') && err.issues.length) {
        const placed = placeIssues(err.issues, built.cells);
        setServerErrors(placed);
        focusFirst(Object.keys(placed));
      } else {
        setFailure(err);
        if (isApiError(err, 'REPORT_LOCKED')) onReload();
      }
      return null;
    }
  }

  async function onSave(e: FormEvent) {
    e.preventDefault();
    const view = await saveNow();
    if (view) onNotice(t('reports.entry.saved'));
  }

  async function confirm(next: ReportAction, comment: string | null) {
    setDialogError(null);
    setWorking(true);
    try {
      let view: ReportView | null = entry;
      if (next === 'submit' && (dirty || !entry.id)) {
        view = await saveNow();
        if (!view) {
          setAction(null);
          return;
        }
      }
      await transition.mutateAsync({ id: view.id!, action: next, comment, lockVersion: view.lockVersion! });
      setAction(null);
      setServerErrors({});
      onNotice(t(`reports.workflow.${next}.done`));
    } catch (err) {
      if (isApiError(err, 'VALIDATION_FAILED') && err.issues.length) {
        // A submit checks that every required figure is there: those problems belong on the form.
        const placed = placeIssues(err.issues, []);
        setServerErrors(placed);
        setAction(null);
        focusFirst(Object.keys(placed));
      } else if (isApiError(err, 'COMMENT_REQUIRED')) {
        setDialogError(err);
      } else {
        setAction(null);
        setFailure(err);
        if (isApiError(err, 'REPORT_LOCKED') || isApiError(err, 'VERSION_CONFLICT')) onReload();
      }
    } finally {
      setWorking(false);
    }
  }

  const conflict = isApiError(failure, 'VERSION_CONFLICT');

  // The dialog sits beside the form, not in it: a form inside a form submits the outer one too.
  return (
    <>
      <form
        className="card rpt-entry"
        onSubmit={(e) => void onSave(e)}
        noValidate
        aria-label={t('reports.entry.caption', { period: periodLabel })}
      >
        {errorCount > 0 || errors['_'] ? (
          <div className="alert alert-error" role="alert">
            {errorCount > 0 ? <p>{t('form.fixErrors', { count: errorCount })}</p> : null}
            {errors['_'] ? <p>{errors['_']}</p> : null}
          </div>
        ) : null}
        <div className="rpt-scroll">
          <table className="rpt-table rpt-entry-table">
            <caption className="visually-hidden">{t('reports.entry.caption', { period: periodLabel })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('reports.entry.colElement')}</th>
                <th scope="col" className="rpt-value-col">
                  {t('reports.entry.colValue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {form.elements.map((element) =>
                element.categories.length ? (
                  <DisaggregatedRows
                    key={element.code}
                    element={element}
                    texts={texts}
                    editable={editable}
                    errors={errors}
                    onChange={setText}
                    onBlur={(key) => setBlurred((prev) => new Set(prev).add(key))}
                  />
                ) : (
                  <tr
                    key={element.code}
                    className={
                      errors[elementKey(element.code)] || errors[cellKey(element.code)] ? 'rpt-row-invalid' : undefined
                    }
                  >
                    <th scope="row">
                      <ElementLabel element={element} htmlFor={editable ? cellId(element.code, '') : undefined} />
                    </th>
                    <ValueCell
                      element={element}
                      category=""
                      text={texts[cellKey(element.code)] ?? ''}
                      editable={editable}
                      error={joinErrors(errors[cellKey(element.code)], errors[elementKey(element.code)])}
                      onChange={setText}
                      onBlur={(key) => setBlurred((prev) => new Set(prev).add(key))}
                    />
                  </tr>
                ),
              )}
            </tbody>
          </table>
        </div>
        {failure ? (
          conflict ? (
            <div className="alert alert-error" role="alert">
              <p className="alert-title">{t('reports.entry.conflictTitle')}</p>
              <p>{(failure as Error).message}</p>
              <p className="small">{t('reports.entry.conflictHint')}</p>
              <Button
                size="sm"
                onClick={() => {
                  setFailure(null);
                  onReload();
                }}
              >
                {t('reports.entry.conflictReload')}
              </Button>
            </div>
          ) : (
            <ErrorAlert error={failure} />
          )
        ) : null}
        {!editable && entry.actions.length === 0 && !entry.lockedReason ? (
          <p className="muted">{t('reports.entry.readOnly')}</p>
        ) : null}
        {editable || entry.actions.length ? (
          <div className="rpt-actions" role="group" aria-label={t('reports.workflow.label')}>
            {editable ? (
              <Button type="submit" busy={save.isPending && !working}>
                {t('reports.entry.save')}
              </Button>
            ) : null}
            {entry.actions.map((a) => (
              <Button key={a} variant={ACTION_VARIANTS[a]} onClick={() => setAction(a)} disabled={working}>
                {t(`reports.action.${a}`)}
              </Button>
            ))}
            {dirty ? (
              <span className="rpt-dirty" role="status">
                {t('reports.entry.unsaved')}
              </span>
            ) : null}
          </div>
        ) : null}
      </form>
      <TransitionDialog
        entry={entry}
        periodLabel={periodLabel}
        action={action}
        savesFirst={dirty}
        busy={working}
        error={dialogError}
        onConfirm={(a, comment) => void confirm(a, comment)}
        onClose={() => {
          setAction(null);
          setDialogError(null);
        }}
      />
    </>
  );
}

function joinErrors(...list: (string | undefined)[]): string | undefined {
  const present = list.filter(Boolean);
  return present.length ? present.join(' ') : undefined;
}

function categoryLabel(t: (k: string) => string, category: string): string {
  return hasMessage(`reports.category.${category}`) ? t(`reports.category.${category}`) : category;
}

function ElementLabel({ element, htmlFor, extra }: { element: Element; htmlFor?: string; extra?: ReactNode }) {
  const t = useT();
  const name = (
    <>
      {element.name}
      {element.unitLabel ? <span className="visually-hidden"> ({element.unitLabel})</span> : null}
    </>
  );
  return (
    <div className="rpt-element">
      <span className="rpt-element-name">
        {htmlFor ? <label htmlFor={htmlFor}>{name}</label> : name}
        {element.required ? <RequiredMark /> : null}
      </span>
      {element.description ? <span className="rpt-element-desc">{element.description}</span> : null}
      {element.required ? <span className="visually-hidden">{t('reports.entry.required')}</span> : null}
      {extra}
    </div>
  );
}

function DisaggregatedRows({
  element,
  texts,
  editable,
  errors,
  onChange,
  onBlur,
}: {
  element: Element;
  texts: EntryTexts;
  editable: boolean;
  errors: Record<string, string>;
  onChange: (key: string, value: string) => void;
  onBlur: (key: string) => void;
}) {
  const t = useT();
  const total = categoryTotal(element, texts);
  const elementError = errors[elementKey(element.code)];
  return (
    <>
      <tr className={elementError ? 'rpt-parent rpt-row-invalid' : 'rpt-parent'}>
        <th scope="row">
          <ElementLabel element={element} />
        </th>
        <td className="rpt-value-col">
          <span className="rpt-total">
            {t('reports.entry.total')}: {total === null ? '—' : formatNumber(total)}
            {element.unitLabel ? ` ${element.unitLabel}` : ''}
          </span>
          {elementError ? <p className="field-error">{elementError}</p> : null}
        </td>
      </tr>
      {element.categories.map((category) => {
        const key = cellKey(element.code, category);
        return (
          <tr key={category} className={errors[key] ? 'rpt-sub rpt-row-invalid' : 'rpt-sub'}>
            <th scope="row">
              {editable ? (
                <label htmlFor={cellId(element.code, category)}>
                  <span className="visually-hidden">{element.name}: </span>
                  {categoryLabel(t, category)}
                </label>
              ) : (
                categoryLabel(t, category)
              )}
            </th>
            <ValueCell
              element={element}
              category={category}
              text={texts[key] ?? ''}
              editable={editable}
              error={errors[key]}
              onChange={onChange}
              onBlur={onBlur}
            />
          </tr>
        );
      })}
    </>
  );
}

function ValueCell({
  element,
  category,
  text,
  editable,
  error,
  onChange,
  onBlur,
}: {
  element: Element;
  category: string;
  text: string;
  editable: boolean;
  error: string | undefined;
  onChange: (key: string, value: string) => void;
  onBlur: (key: string) => void;
}) {
  const t = useT();
  const key = cellKey(element.code, category);
  const id = cellId(element.code, category);
  const errorId = `${id}-error`;
  if (!editable) {
    const parsed = parseValueText(text, element.valueType);
    return (
      <td className="rpt-value-col">
        {parsed && 'value' in parsed ? (
          <span className="rpt-readonly">
            {formatNumber(parsed.value)}
            {element.unitLabel ? <span className="muted"> {element.unitLabel}</span> : null}
          </span>
        ) : (
          <span className="muted">{t('reports.entry.noValue')}</span>
        )}
      </td>
    );
  }
  return (
    <td className="rpt-value-col">
      <div className="rpt-input">
        <input
          id={id}
          className="input rpt-number"
          type="text"
          inputMode={element.valueType === 'integer' ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={text}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          aria-required={element.required && !category ? true : undefined}
          onChange={(e) => onChange(key, e.target.value)}
          onBlur={() => onBlur(key)}
        />
        {element.unitLabel ? (
          <span className="rpt-unit" aria-hidden="true">
            {element.unitLabel}
          </span>
        ) : null}
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </td>
  );
}
