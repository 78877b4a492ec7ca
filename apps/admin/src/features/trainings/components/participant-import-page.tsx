import { useCallback } from 'react';
import { Link, useParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { ImportPanel } from '../../../components/import-panel.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useClass } from '../api/get-class.ts';
import { trainingKeys } from '../api/keys.ts';

/** /trainings/:id/import — participants of one class from a spreadsheet, checked before anything is written. */
export function ParticipantImportPage() {
  const t = useT();
  const { id = '' } = useParams();
  const query = useClass(id);
  const queryClient = useQueryClient();
  const onApplied = useCallback(() => {
    void queryClient.invalidateQueries({ queryKey: trainingKeys.detail(id) });
    void queryClient.invalidateQueries({ queryKey: ['trainings', 'list'] });
  }, [queryClient, id]);
  return (
    <QueryState query={query}>
      {(k) => (
        <div className="page page-narrow">
          <PageHeader title={t('trainings.import.title')} subtitle={t('trainings.import.subtitle', { title: k.title })}>
            <nav className="breadcrumbs" aria-label="breadcrumb">
              <Link to={`/trainings/${k.id}`}>{t('trainings.import.back')}</Link>
            </nav>
          </PageHeader>
          <p className="muted">{t('trainings.import.exportHint')}</p>
          <ImportPanel kind="training-participants" options={{ classId: k.id }} onApplied={onApplied} />
        </div>
      )}
    </QueryState>
  );
}
