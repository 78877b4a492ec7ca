import { useState } from 'react';
import { Link, useLocation, useNavigate, useParams } from 'react-router';
import type { ProgrammeDetail } from '@lantoa/contracts/programme';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { ConfirmDialog } from '../../../components/ui/confirm-dialog.tsx';
import { Alert, ErrorAlert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { formatDate, formatDateTime } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useDeleteProgramme } from '../api/delete-programme.ts';
import { useProgramme } from '../api/get-programme.ts';
import { DocumentsSection } from './documents-section.tsx';
import { ResponsibilitiesSection } from './responsibilities-section.tsx';
import { StatusBadge } from './status-badge.tsx';
import { TargetsSection } from './targets-section.tsx';
import { TaskAreasSection } from './task-areas-section.tsx';

function DeleteDraftButton({ programme }: { programme: ProgrammeDetail }) {
  const t = useT();
  const navigate = useNavigate();
  const remove = useDeleteProgramme(programme.id);
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button size="sm" variant="danger" onClick={() => setOpen(true)}>
        {t('programme.delete')}
      </Button>
      <ConfirmDialog
        open={open}
        title={t('programme.deleteTitle', { title: programme.title })}
        tone="danger"
        confirmLabel={t('programme.delete.confirm')}
        busy={remove.isPending}
        footer={remove.isError ? <ErrorAlert error={remove.error} /> : null}
        onCancel={() => {
          remove.reset();
          setOpen(false);
        }}
        onConfirm={() =>
          remove.mutate(programme.version, {
            onSuccess: () => void navigate('/programme', { state: { flash: 'programme.deleted' } }),
          })
        }
      >
        <p>{t('programme.deleteBody')}</p>
      </ConfirmDialog>
    </>
  );
}

function GeneralFacts({ programme: p }: { programme: ProgrammeDetail }) {
  const t = useT();
  return (
    <section className="card" aria-labelledby="programme-general">
      <h2 id="programme-general" className="section-title">
        {t('programme.section.general')}
      </h2>
      <dl className="details">
        <dt>{t('programme.field.decisionNumber')}</dt>
        <dd>
          {p.decisionNumber} — {formatDate(p.decisionDate)}
        </dd>
        <dt>{t('programme.field.issuer')}</dt>
        <dd>{p.issuer}</dd>
        <dt>{t('programme.field.period')}</dt>
        <dd>
          {formatDate(p.periodStart)} – {formatDate(p.periodEnd)}
        </dd>
        <dt>{t('programme.field.ownerUnit')}</dt>
        <dd>
          {p.ownerUnitId ? <Link to={`/org-units/${p.ownerUnitId}`}>{p.ownerUnitName ?? p.ownerUnitId}</Link> : '—'}
        </dd>
        {p.parentTitle ? (
          <>
            <dt>{t('programme.field.parentTitle')}</dt>
            <dd>{p.parentTitle}</dd>
          </>
        ) : null}
        <dt>{t('programme.field.code')}</dt>
        <dd className="code">{p.code}</dd>
        <dt>{t('programme.field.updatedAt')}</dt>
        <dd>
          {formatDateTime(p.updatedAt)}{' '}
          <span className="muted small">
            ({t('programme.field.version')} {p.version})
          </span>
        </dd>
      </dl>
      {p.objective ? (
        <>
          <h3 className="programme-subtitle">{t('programme.field.objective')}</h3>
          <p className="programme-text">{p.objective}</p>
        </>
      ) : null}
      {p.summary ? (
        <>
          <h3 className="programme-subtitle">{t('programme.field.summary')}</h3>
          <p className="programme-text">{p.summary}</p>
        </>
      ) : null}
    </section>
  );
}

function ProgrammeView({ programme }: { programme: ProgrammeDetail }) {
  const t = useT();
  const canManage = useCan('programme:manage');
  const location = useLocation();
  const flash = (location.state as { flash?: string } | null)?.flash;
  return (
    <>
      <PageHeader
        title={programme.title}
        subtitle={
          <span className="badge-row">
            <StatusBadge status={programme.status} />
            <span>{programme.decisionNumber}</span>
          </span>
        }
        actions={
          canManage ? (
            <>
              <ButtonLink to={`/programme/${programme.id}/edit`} size="sm">
                {t('programme.edit')}
              </ButtonLink>
              {programme.status === 'draft' ? <DeleteDraftButton programme={programme} /> : null}
            </>
          ) : null
        }
      >
        <nav aria-label={t('programme.breadcrumbs')} className="breadcrumbs">
          <ol>
            <li>
              <Link to="/programme">{t('programme.backToList')}</Link>
            </li>
            <li aria-current="page">{programme.code}</li>
          </ol>
        </nav>
      </PageHeader>
      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
        </Alert>
      ) : null}
      <GeneralFacts programme={programme} />
      <DocumentsSection programme={programme} canManage={canManage} />
      <TaskAreasSection programme={programme} canManage={canManage} />
      <TargetsSection programme={programme} canManage={canManage} />
      <ResponsibilitiesSection programme={programme} canManage={canManage} />
    </>
  );
}

/** One programme: its facts, documents, task areas, targets and who does what; editable in place. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const query = useProgramme(id);
  return (
    <div className="page stack">
      <QueryState query={query}>{(programme) => <ProgrammeView programme={programme} />}</QueryState>
    </div>
  );
}
