import { useNavigate } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useCreateUser } from '../api/create-user.ts';
import { UserForm } from './user-form.tsx';

export function UserCreatePage() {
  const t = useT();
  const navigate = useNavigate();
  const create = useCreateUser();
  return (
    <div className="page page-narrow">
      <PageHeader title={t('users.createTitle')} />
      <UserForm
        mode="create"
        busy={create.isPending}
        error={create.error}
        onSubmit={(body, onError) =>
          create.mutate(body, {
            onSuccess: (user) => void navigate(`/users/${user.id}`, { state: { flash: 'users.created' } }),
            onError,
          })
        }
      />
    </div>
  );
}
