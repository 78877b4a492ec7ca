import { useT } from '../../lib/i18n.tsx';

export function Spinner({ size = 'md' }: { size?: 'sm' | 'md' }) {
  return <span className={`spinner spinner-${size}`} aria-hidden="true" />;
}

/** A region that tells assistive technology that content is on its way. */
export function Loading({ label }: { label?: string }) {
  const t = useT();
  return (
    <div className="loading" role="status" aria-live="polite">
      <Spinner />
      <span>{label ?? t('common.loading')}</span>
    </div>
  );
}

export function FullPageLoading() {
  return (
    <div className="full-page-loading">
      <Loading />
    </div>
  );
}
