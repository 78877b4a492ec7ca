import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { CaseAction, CaseView } from '@lantoa/contracts/cases';
import { Button } from '../../../components/ui/button.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useCase } from '../api/get-case.ts';
import { CaseActionForm } from './case-action-form.tsx';
import { CaseStatusBadge, OverdueBadge } from './case-status-badge.tsx';

const ACTION_VARIANT: Record<CaseAction, 'primary' | 'secondary' | 'danger'> = {
  triage: 'primary', verify: 'primary', assign: 'primary', respond: 'primary', refer: 'secondary', close: 'primary', dismiss: 'danger',
};

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </>
  );
}

function CaseDetail({ item }: { item: CaseView }) {
  const t = useT();
  const [action, setAction] = useState<CaseAction | null>(null);
  const [done, setDone] = useState(false);
  const none = t('cases.detail.none');
  const isOpen = !['closed', 'dismissed'].includes(item.status);

  return (
    <div className="page">
      <PageHeader
        title={t('cases.detail.crumb', { code: item.code })}
        subtitle={
          <span className="badges">
            <CaseStatusBadge status={item.status} />
            {item.isOverdue ? <OverdueBadge /> : null}
            {item.category ? <span className="muted">{t(`cases.category.${item.category}`)}</span> : null}
          </span>
        }
      >
        <nav aria-label={t('cases.tabs.label')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/cases">{t('cases.list.title')}</Link>
            </li>
            <li aria-current="page">{item.code}</li>
          </ol>
        </nav>
      </PageHeader>
      {item.isOverdue && item.stageDueAt ? (
        <Alert tone="warning">
          <p>{t('cases.detail.overdue', { date: formatDateTime(item.stageDueAt) })}</p>
        </Alert>
      ) : null}
      {done ? (
        <Alert tone="success">
          <p>{t('cases.action.done')}</p>
          <Button size="sm" variant="ghost" onClick={() => setDone(false)}>
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      <div className="case-grid">
        <section className="card" aria-labelledby="case-report">
          <h2 id="case-report">{t('cases.detail.report')}</h2>
          <dl className="case-facts">
            <Row label={t('cases.detail.source')}>{item.source === 'public' ? t('cases.source.public') : (item.intakeUnitName ?? none)}</Row>
            <Row label={t('cases.col.received')}>{formatDateTime(item.createdAt)}</Row>
            <Row label={t('cases.detail.platform')}>{t(`cases.platform.${item.platform}`)}</Row>
            <Row label={t('cases.detail.link')}>
              <a href={item.link} target="_blank" rel="noopener noreferrer nofollow" className="case-link">
                {item.link}
              </a>
            </Row>
            <Row label={t('cases.detail.description')}>
              <span className="pre-line">{item.description}</span>
            </Row>
            <Row label={t('cases.detail.contact')}>{item.contact ?? none}</Row>
            <Row label={t('cases.detail.screenshot')}>
              {item.screenshot ? (
                <a href={item.screenshot.url} target="_blank" rel="noopener noreferrer">
                  <img src={item.screenshot.url} alt={t('cases.detail.screenshot')} className="case-shot" />
                </a>
              ) : (
                none
              )}
            </Row>
          </dl>
        </section>
        <section className="card" aria-labelledby="case-handling">
          <h2 id="case-handling">{t('cases.detail.handling')}</h2>
          <dl className="case-facts">
            <Row label={t('cases.col.category')}>{t(`cases.category.${item.category ?? 'unclassified'}`)}</Row>
            <Row label={t('cases.detail.verification')}>{item.verificationNote ? <span className="pre-line">{item.verificationNote}</span> : none}</Row>
            <Row label={t('cases.col.unit')}>{item.responsibleUnitName ?? none}</Row>
            <Row label={t('cases.detail.response')}>
              {item.responseTitle ? (
                <>
                  <span className="muted">{t(`cases.responseKind.${item.responseKind ?? 'correction'}`)}: </span>
                  {item.responseUrl ? (
                    <a href={item.responseUrl} target="_blank" rel="noopener noreferrer">
                      {item.responseTitle}
                    </a>
                  ) : (
                    item.responseTitle
                  )}
                  {item.responseContentRef ? <div className="muted">{t('cases.detail.contentRef', { ref: item.responseContentRef })}</div> : null}
                </>
              ) : (
                none
              )}
            </Row>
            <Row label={t('cases.detail.referral')}>
              {item.referralDate ? t('cases.detail.referralValue', { date: formatDate(item.referralDate), ref: item.referralRef ?? '' }) : none}
            </Row>
            <Row label={t('cases.col.due')}>{isOpen && item.stageDueAt ? formatDateTime(item.stageDueAt) : none}</Row>
            <Row label={t('cases.detail.outcome')}>{item.outcome ? <span className="pre-line">{item.outcome}</span> : none}</Row>
          </dl>
          <p>
            <a href={`/phan-anh/tra-cuu?ma=${item.code}`} target="_blank" rel="noopener noreferrer">
              {t('cases.detail.publicPage')}
            </a>
          </p>
        </section>
      </div>
      <section className="card" aria-labelledby="case-next">
        <h2 id="case-next">{t('cases.action.title')}</h2>
        {item.actions.length === 0 ? <p className="muted">{t('cases.action.none')}</p> : null}
        {action ? (
          <CaseActionForm
            key={`${action}-${item.lockVersion}`}
            item={item}
            action={action}
            onCancel={() => setAction(null)}
            onDone={() => {
              setAction(null);
              setDone(true);
            }}
          />
        ) : (
          <div className="case-actions">
            {item.actions.map((a) => (
              <Button
                key={a}
                variant={ACTION_VARIANT[a]}
                onClick={() => {
                  setDone(false);
                  setAction(a);
                }}
              >
                {t(`cases.action.${a}`)}
              </Button>
            ))}
          </div>
        )}
      </section>
      <section className="card" aria-labelledby="case-history">
        <h2 id="case-history">{t('cases.detail.history')}</h2>
        <ol className="case-history">
          {item.history.map((h, i) => (
            <li key={i}>
              <strong>{t(`cases.action.${h.action}`)}</strong> <span className="muted">{formatDateTime(h.at)}</span>
              {h.actorName ? <span> · {h.actorName}</span> : null}
              {h.comment ? <div className="pre-line">{h.comment}</div> : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

export function CasePage() {
  const { id = '' } = useParams();
  const query = useCase(id);
  return <QueryState query={query}>{(item) => <CaseDetail item={item} />}</QueryState>;
}
