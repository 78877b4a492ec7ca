import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useProgramme } from '../api/get-programme.ts';
import { useUpdateProgramme } from '../api/update-programme.ts';
import { ProgrammeForm } from './programme-form.tsx';

export function ProgrammeEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useProgramme(id);
  const update = useUpdateProgramme(id);
  return (
    <div className="page page-narrow">
      <QueryState query={query}>
        {(programme) => (
          <>
            <PageHeader title={t('programme.editTitle')} subtitle={programme.title} documentTitle={programme.title} />
            <ProgrammeForm
              key={programme.version}
              mode="edit"
              programme={programme}
              busy={update.isPending}
              error={update.error}
              onSubmit={(body, onError) =>
                update.mutate(body, {
                  onSuccess: () => void navigate(`/programme/${id}`, { state: { flash: 'programme.saved' } }),
                  onError,
                })
              }
            />
          </>
        )}
      </QueryState>
    </div>
  );
}
