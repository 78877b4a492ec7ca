import { useEffect, type ReactNode } from 'react';

type PageHeaderProps = {
  title: ReactNode;
  /** The browser tab's title when the title is not plain text. */
  documentTitle?: string;
  subtitle?: ReactNode;
  actions?: ReactNode;
  /** Above the title, for example breadcrumbs. */
  children?: ReactNode;
};

export function PageHeader({ title, documentTitle, subtitle, actions, children }: PageHeaderProps) {
  const tabTitle = documentTitle ?? (typeof title === 'string' ? title : undefined);
  useEffect(() => {
    if (tabTitle) document.title = `${tabTitle} — Lan Tỏa`;
  }, [tabTitle]);
  return (
    <div className="page-header">
      {children}
      <div className="page-header-row">
        <div className="page-header-text">
          <h1 className="page-title">{title}</h1>
          {subtitle ? <div className="page-subtitle">{subtitle}</div> : null}
        </div>
        {actions ? <div className="page-actions">{actions}</div> : null}
      </div>
    </div>
  );
}
