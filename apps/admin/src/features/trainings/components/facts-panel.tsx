import { useId, useState } from 'react';
import { SelectField } from '../../../components/ui/field.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { formatNumber } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useTrainingFacts } from '../api/get-facts.ts';

const SHARES = [0.5, 0.7, 1] as const;

/** The year's figures the register feeds to targets 1, 4, 5 and 6, with both readings of target 5. */
export function FactsPanel({ year }: { year: number }) {
  const t = useT();
  const headingId = useId();
  const [share, setShare] = useState<number>(0.5);
  const query = useTrainingFacts(year, share);
  return (
    <section className="card stack" aria-labelledby={headingId}>
      <h2 className="section-title" id={headingId}>
        {t('trainings.facts.title', { year })}
      </h2>
      <QueryState query={query}>
        {(f) => (
          <ul className="trainings-stats">
            <Stat label={t('trainings.facts.reporter')} value={formatNumber(f.reporterClasses)} strong />
            <Stat label={t('trainings.facts.classes')} value={formatNumber(f.classes)} />
            <Stat
              label={t('trainings.facts.participants')}
              value={`${formatNumber(f.participants)} / ${formatNumber(f.completed)}`}
            />
            <Stat
              label={t('trainings.facts.teamsAny')}
              value={t('trainings.facts.teamsOf', {
                n: formatNumber(f.cdtTeams.anyCompleted),
                of: formatNumber(f.cdtTeams.withParticipants),
              })}
              strong
            />
            <Stat
              label={t('trainings.facts.teamsShare', { share: Math.round(f.minShare * 100) })}
              value={t('trainings.facts.teamsOf', {
                n: formatNumber(f.cdtTeams.shareCompleted),
                of: formatNumber(f.cdtTeams.withParticipants),
              })}
              strong
            />
            <Stat label={t('trainings.facts.press')} value={formatNumber(f.pressAgencies)} />
            <Stat label={t('trainings.facts.grassroots')} value={formatNumber(f.grassrootsUnits)} />
            <Stat label={t('trainings.facts.leaders')} value={formatNumber(f.leadersReached)} />
          </ul>
        )}
      </QueryState>
      <div className="trainings-facts-foot">
        <SelectField
          label={t('trainings.facts.share')}
          value={String(share)}
          options={SHARES.map((s) => ({ value: String(s), label: `${s * 100}%` }))}
          onChange={(e) => setShare(Number(e.target.value))}
          className="trainings-share"
        />
        <p className="muted small">{t('trainings.facts.rule')}</p>
      </div>
    </section>
  );
}

function Stat({ label, value, strong = false }: { label: string; value: string; strong?: boolean }) {
  return (
    <li className={strong ? 'trainings-stat trainings-stat-key' : 'trainings-stat'}>
      <span className="trainings-stat-value">{value}</span>
      <span className="trainings-stat-label">{label}</span>
    </li>
  );
}
