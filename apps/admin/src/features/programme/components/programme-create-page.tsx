import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateProgramme } from '../api/create-programme.ts';
import { ProgrammeForm } from './programme-form.tsx';

export function ProgrammeCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateProgramme();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('programme.createTitle')} subtitle={t('programme.createHint')} />
      <ProgrammeForm
        mode="create"
        busy={create.isPending}
        error={create.error}
        onSubmit={(body, onError) =>
          create.mutate(body, {
            onSuccess: (p) => void navigate(`/programme/${p.id}`, { state: { flash: 'programme.created' } }),
            onError,
          })
        }
      />
    </div>
  );
}
