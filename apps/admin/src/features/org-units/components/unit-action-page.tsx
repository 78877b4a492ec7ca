import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import type { UnitDetail } from '@lantoa/contracts/org-units';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useUnit } from '../api/get-unit.ts';
import { isClosed, UnitTypeBadge } from './unit-badges.tsx';

/** Loads the unit named in the address and frames a change made to it. */
export function UnitActionPage({
  titleKey,
  children,
}: {
  titleKey: string;
  children: (unit: UnitDetail) => ReactNode;
}) {
  const t = useT();
  const { id = '' } = useParams();
  const query = useUnit(id);
  return (
    <div className="page page-narrow">
      <QueryState query={query}>
        {(unit) => (
          <>
            <PageHeader
              title={t(titleKey)}
              subtitle={
                <span className="badge-row">
                  <Link to={`/org-units/${unit.id}`} className="strong-link">
                    {unit.current.name}
                  </Link>
                  <UnitTypeBadge type={unit.current.type} />
                  {unit.current.officialCode ? <span className="code">{unit.current.officialCode}</span> : null}
                </span>
              }
            />
            {isClosed(unit.current.validTo) ? (
              <Alert tone="warning">
                <p>{t('actions.unitClosed')}</p>
              </Alert>
            ) : null}
            {children(unit)}
          </>
        )}
      </QueryState>
    </div>
  );
}
