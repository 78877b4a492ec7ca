import { PageHeader } from '../../components/ui/page-header.tsx';
import { ButtonLink } from '../../components/ui/button.tsx';
import { useT } from '../../lib/i18n.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <div className="page">
      <PageHeader title={t('notFound.title')} subtitle={t('notFound.body')} />
      <ButtonLink to="/" variant="primary">
        {t('auth.goHome')}
      </ButtonLink>
    </div>
  );
}
