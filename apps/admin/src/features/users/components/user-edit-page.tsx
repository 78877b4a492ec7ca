import { useNavigate, useParams } from 'react-router';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useT } from '../../../lib/i18n.tsx';
import { useUpdateUser } from '../api/update-user.ts';
import { useUser } from '../api/get-user.ts';
import { UserForm } from './user-form.tsx';

export function UserEditPage() {
  const t = useT();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const query = useUser(id);
  const update = useUpdateUser(id);
  return (
    <div className="page page-narrow">
      <QueryState query={query}>
        {(user) => (
          <>
            <PageHeader title={t('users.editTitle', { name: user.fullName })} documentTitle={user.fullName} />
            <UserForm
              key={user.version}
              mode="edit"
              user={user}
              busy={update.isPending}
              error={update.error}
              onSubmit={(body, onError) =>
                update.mutate(body, {
                  onSuccess: () => void navigate(`/users/${id}`, { state: { flash: 'users.saved' } }),
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
