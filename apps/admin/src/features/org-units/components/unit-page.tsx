import { Link, useParams } from 'react-router';
import type { SuccessionView, UnitDetail } from '@lantoa/contracts/org-units';
import { Badge } from '../../../components/ui/badge.tsx';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCanOnUnit } from '../../../lib/auth.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useUnit } from '../api/get-unit.ts';
import { ClosedBadge, isClosed, UncertainBadge, UnitTypeBadge, useValidityText } from './unit-badges.tsx';
import { UnitProfile } from './unit-profile.tsx';

function Breadcrumbs({ unit }: { unit: UnitDetail }) {
  const t = useT();
  return (
    <nav aria-label={t('unit.breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>
          <Link to="/org-units">{t('units.title')}</Link>
        </li>
        {unit.ancestors.map((a) => (
          <li key={a.id}>
            <Link to={`/org-units/${a.id}`}>{a.name}</Link>
          </li>
        ))}
        <li aria-current="page">{unit.current.name}</li>
      </ol>
    </nav>
  );
}

function SuccessionList({ items, emptyKey }: { items: SuccessionView[]; emptyKey: string }) {
  const t = useT();
  if (items.length === 0) return <p className="muted">{t(emptyKey)}</p>;
  return (
    <ul className="succession-list">
      {items.map((s) => (
        <li key={s.id} className="succession">
          <div className="succession-main">
            <Link to={`/org-units/${s.unitId}`} className="strong-link">
              {s.unitName}
            </Link>
            {s.unitCode ? <span className="code">{s.unitCode}</span> : null}
          </div>
          <div className="succession-meta">
            <Badge tone="blue">{t(`succession.${s.kind}`)}</Badge>
            <span>{t('succession.on', { date: formatDate(s.effectiveDate) })}</span>
            <span>{t(`share.${s.share}`)}</span>
            {s.uncertain ? <UncertainBadge /> : null}
          </div>
          {s.note ? <p className="small muted">{s.note}</p> : null}
        </li>
      ))}
    </ul>
  );
}

function Timeline({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const validity = useValidityText();
  const versions = [...unit.versions].sort((a, b) => (b.validFrom ?? '').localeCompare(a.validFrom ?? ''));
  return (
    <ol className="timeline">
      {versions.map((v) => (
        <li key={v.id} className={v.id === unit.current.id ? 'timeline-item current' : 'timeline-item'}>
          <p className="timeline-when">
            {validity(v.validFrom, v.validTo)}
            {v.id === unit.current.id ? <span className="visually-hidden"> ({t('unit.currentVersion')})</span> : null}
          </p>
          <p className="timeline-name">
            {v.name}
            {v.shortName ? <span className="muted"> ({v.shortName})</span> : null}
          </p>
          <p className="timeline-meta">
            <UnitTypeBadge type={v.type} />
            {v.officialCode ? <span className="code">{v.officialCode}</span> : null}
            {v.parentId ? (
              <span>
                {t('unit.under')} <Link to={`/org-units/${v.parentId}`}>{v.parentName ?? v.parentId}</Link>
              </span>
            ) : null}
            {v.uncertain ? <UncertainBadge /> : null}
          </p>
          {v.note ? <p className="small">{v.note}</p> : null}
          {v.source ? <p className="small muted">{t('unit.source', { source: v.source })}</p> : null}
        </li>
      ))}
    </ol>
  );
}

function UnitView({ unit }: { unit: UnitDetail }) {
  const t = useT();
  const validity = useValidityText();
  const canRestructure = useCanOnUnit(
    'org-unit:restructure',
    unit.id,
    unit.ancestors.map((a) => a.id),
  );
  const c = unit.current;
  const closed = isClosed(c.validTo);
  const parent = unit.ancestors[unit.ancestors.length - 1];
  const [flash] = useFlash();

  return (
    <>
      <PageHeader
        title={c.name}
        subtitle={
          <span className="badge-row">
            <UnitTypeBadge type={c.type} />
            {c.officialCode ? <span className="code">{t('unit.codeValue', { code: c.officialCode })}</span> : null}
            <ClosedBadge validTo={c.validTo} />
            {c.uncertain ? <UncertainBadge /> : null}
          </span>
        }
        actions={
          canRestructure && !closed ? (
            <>
              <ButtonLink to={`/org-units/${unit.id}/rename`} size="sm">
                {t('actions.rename')}
              </ButtonLink>
              <ButtonLink to={`/org-units/${unit.id}/move`} size="sm">
                {t('actions.move')}
              </ButtonLink>
              <ButtonLink to={`/org-units/${unit.id}/split`} size="sm">
                {t('actions.split')}
              </ButtonLink>
              <ButtonLink to={`/org-units/merge?with=${unit.id}`} size="sm">
                {t('actions.merge')}
              </ButtonLink>
              <ButtonLink to={`/org-units/new?parentId=${unit.id}`} size="sm">
                {t('actions.addChild')}
              </ButtonLink>
              <ButtonLink to={`/org-units/${unit.id}/close`} size="sm" variant="danger">
                {t('actions.close')}
              </ButtonLink>
            </>
          ) : null
        }
      >
        <Breadcrumbs unit={unit} />
      </PageHeader>

      {flash ? (
        <Alert tone="success">
          <p>{t(flash)}</p>
        </Alert>
      ) : null}
      {closed ? (
        <Alert tone="warning">
          <p className="alert-title">{t('unit.noLongerExists', { date: formatDate(c.validTo) })}</p>
          {unit.currentSuccessors.length > 0 ? (
            <>
              <p>{t('unit.currentSuccessors')}:</p>
              <ul className="inline-list" aria-label={t('unit.currentSuccessors')}>
                {unit.currentSuccessors.map((s) => (
                  <li key={s.id}>
                    <Link to={`/org-units/${s.id}`} className="strong-link">
                      {s.name}
                    </Link>
                    {s.officialCode ? <span className="code">{s.officialCode}</span> : null}
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p>{t('unit.noCurrentSuccessors')}</p>
          )}
        </Alert>
      ) : null}

      <div className="grid-2">
        <section className="card" aria-labelledby="unit-current">
          <h2 id="unit-current" className="section-title">
            {t('unit.currentInfo')}
          </h2>
          <dl className="details">
            <dt>{t('unit.name')}</dt>
            <dd>{c.name}</dd>
            {c.shortName ? (
              <>
                <dt>{t('unit.shortName')}</dt>
                <dd>{c.shortName}</dd>
              </>
            ) : null}
            <dt>{t('unit.code')}</dt>
            <dd>{c.officialCode ?? '—'}</dd>
            <dt>{t('unit.type')}</dt>
            <dd>{t(`unitType.${c.type}`)}</dd>
            <dt>{t('unit.parent')}</dt>
            <dd>
              {c.parentId ? (
                <Link to={`/org-units/${c.parentId}`}>{c.parentName ?? parent?.name ?? c.parentId}</Link>
              ) : (
                t('unit.noParent')
              )}
            </dd>
            <dt>{t('unit.validity')}</dt>
            <dd>{validity(c.validFrom, c.validTo)}</dd>
            <dt>{t('unit.childCount')}</dt>
            <dd>{formatNumber(unit.childCount)}</dd>
            {unit.externalKey ? (
              <>
                <dt>{t('unit.externalKey')}</dt>
                <dd className="code">{unit.externalKey}</dd>
              </>
            ) : null}
          </dl>
        </section>
        <UnitProfile unit={unit} />
      </div>

      <div className="grid-2">
        <section className="card" aria-labelledby="unit-predecessors">
          <h2 id="unit-predecessors" className="section-title">
            {t('unit.predecessors')}
          </h2>
          <SuccessionList items={unit.predecessors} emptyKey="unit.noPredecessors" />
        </section>
        <section className="card" aria-labelledby="unit-successors">
          <h2 id="unit-successors" className="section-title">
            {t('unit.successors')}
          </h2>
          <SuccessionList items={unit.successors} emptyKey="unit.noSuccessors" />
        </section>
      </div>

      <section className="card" aria-labelledby="unit-timeline">
        <h2 id="unit-timeline" className="section-title">
          {t('unit.timeline')}
        </h2>
        <Timeline unit={unit} />
      </section>
    </>
  );
}

export function UnitPage() {
  const { id = '' } = useParams();
  const query = useUnit(id);
  return (
    <div className="page">
      <QueryState query={query}>{(unit) => <UnitView key={unit.id} unit={unit} />}</QueryState>
    </div>
  );
}
