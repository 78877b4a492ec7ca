import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { TeamView } from '@lantoa/contracts/cdt';
import { Badge } from '../../../components/ui/badge.tsx';
import { Button, ButtonLink } from '../../../components/ui/button.tsx';
import { Alert } from '../../../components/ui/error-alert.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { Table, type Column } from '../../../components/ui/table.tsx';
import { formatDate, formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useFlash } from '../../../lib/use-flash.ts';
import { useSupportLogs } from '../api/get-support-logs.ts';
import { useTeam } from '../api/get-team.ts';
import { CdtTabs } from './cdt-tabs.tsx';
import { TeamForm } from './team-form.tsx';

type Member = TeamView['members'][number];
type Placement = TeamView['history'][number];

/** One team: profile, members, where it belonged over time, recent support logs; edit in place. */
export function TeamPage() {
  const { id = '' } = useParams();
  const query = useTeam(id);
  return <QueryState query={query}>{(team) => <TeamDetail team={team} />}</QueryState>;
}

function TeamDetail({ team }: { team: TeamView }) {
  const t = useT();
  const [editing, setEditing] = useState(false);
  const [flash, dismissFlash] = useFlash();
  const [saved, setSaved] = useState(false);
  const logs = useSupportLogs({ teamId: team.id, pageSize: 10 });

  const memberColumns: Column<Member>[] = [
    {
      key: 'name',
      header: t('cdt.member.fullName'),
      primary: true,
      render: (m) => (
        <>
          {m.fullName} {m.isActive ? null : <Badge>{t('cdt.team.inactive')}</Badge>}
        </>
      ),
    },
    { key: 'role', header: t('cdt.member.role'), render: (m) => t(`cdt.role.${m.role}`) },
    { key: 'phone', header: t('cdt.member.phone'), render: (m) => m.phone ?? '—' },
    { key: 'youth', header: t('cdt.team.youth'), render: (m) => (m.isYouthUnion ? '✓' : '—') },
    { key: 'from', header: t('cdt.member.activeFrom'), render: (m) => formatDate(m.activeFrom) },
    { key: 'to', header: t('cdt.member.activeTo'), render: (m) => formatDate(m.activeTo) },
  ];
  const historyColumns: Column<Placement>[] = [
    {
      key: 'period',
      header: t('cdt.team.period'),
      primary: true,
      render: (p) =>
        p.validTo
          ? p.validFrom
            ? t('cdt.team.fromTo', { from: formatDate(p.validFrom), to: formatDate(p.validTo) })
            : t('cdt.team.sinceStart', { date: formatDate(p.validTo) })
          : t('cdt.team.from', { date: formatDate(p.validFrom) }),
    },
    { key: 'under', header: t('cdt.team.under'), render: (p) => (p.parentId ? <Link to={`/org-units/${p.parentId}`}>{p.parentName}</Link> : '—') },
    { key: 'name', header: t('cdt.form.name'), render: (p) => p.name },
  ];

  return (
    <div className="page">
      <PageHeader
        title={team.name}
        subtitle={
          <>
            {team.communeName} · {team.servedArea} ·{' '}
            <Badge tone={team.status === 'active' ? 'green' : 'amber'}>{t(`cdt.status.${team.status}`)}</Badge>
            {team.isDemo ? (
              <>
                {' '}
                <Badge tone="purple">{t('cdt.demoBadge')}</Badge>
              </>
            ) : null}
          </>
        }
        actions={
          <>
            {team.canLog && team.status === 'active' ? (
              <ButtonLink to={`/cdt/log?teamId=${team.id}`} variant="primary">
                {t('cdt.logSupport')}
              </ButtonLink>
            ) : null}
            {team.canEdit && !editing ? (
              <Button
                onClick={() => {
                  dismissFlash();
                  setSaved(false);
                  setEditing(true);
                }}
              >
                {t('cdt.edit')}
              </Button>
            ) : null}
          </>
        }
      />
      <CdtTabs />
      {flash || saved ? (
        <Alert tone="success">
          <p>{t(saved ? 'cdt.saved' : (flash ?? 'cdt.saved'))}</p>
          <Button
            size="sm"
            variant="ghost"
            onClick={() => {
              dismissFlash();
              setSaved(false);
            }}
          >
            {t('common.close')}
          </Button>
        </Alert>
      ) : null}
      {editing ? (
        <TeamForm
          team={team}
          onSaved={() => {
            setEditing(false);
            setSaved(true);
          }}
          onCancel={() => setEditing(false)}
        />
      ) : (
        <>
          {team.warnings.map((w) => (
            <Alert key={w} tone="warning">
              {w}
            </Alert>
          ))}
          <section className="card">
            <dl className="cdt-facts">
              <dt>{t('cdt.form.establishedOn')}</dt>
              <dd>{formatDate(team.establishedOn)}</dd>
              <dt>{t('cdt.team.contact')}</dt>
              <dd>{[team.contactName, team.contactPhone].filter(Boolean).join(' · ') || t('cdt.team.none')}</dd>
              <dt>{t('cdt.col.members')}</dt>
              <dd>{formatNumber(team.memberCount)}</dd>
              {team.note ? (
                <>
                  <dt>{t('cdt.form.note')}</dt>
                  <dd>{team.note}</dd>
                </>
              ) : null}
            </dl>
          </section>
          <section className="stack">
            <h2 className="section-title">{t('cdt.team.members')}</h2>
            {team.members.length ? <Table caption={t('cdt.team.membersCaption')} columns={memberColumns} rows={team.members} rowKey={(m) => m.id} /> : <p>{t('cdt.member.none')}</p>}
          </section>
          <section className="stack">
            <h2 className="section-title">{t('cdt.team.history')}</h2>
            <p className="field-hint">{t('cdt.team.historyHint')}</p>
            <Table caption={t('cdt.team.historyCaption')} columns={historyColumns} rows={team.history} rowKey={(p) => `${p.validFrom}-${p.parentId}`} />
          </section>
          <section className="stack">
            <h2 className="section-title">{t('cdt.team.recentLogs')}</h2>
            <QueryState query={logs}>
              {(page) =>
                page.items.length === 0 ? (
                  <p>{t('cdt.team.noLogs')}</p>
                ) : (
                  <ul className="cdt-log-list">
                    {page.items.map((l) => (
                      <li key={l.id}>
                        {t('cdt.outbox.item', { date: formatDate(l.logDate), place: l.place, count: formatNumber(l.total) })}
                      </li>
                    ))}
                  </ul>
                )
              }
            </QueryState>
          </section>
        </>
      )}
    </div>
  );
}

/** The form for a new team, then its page. */
export function TeamNewPage() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <div className="page">
      <PageHeader title={t('cdt.form.newTitle')} />
      <CdtTabs />
      <TeamForm team={null} onSaved={(team) => void navigate(`/cdt/${team.id}`, { state: { flash: 'cdt.created' } })} onCancel={() => void navigate('/cdt')} />
    </div>
  );
}
