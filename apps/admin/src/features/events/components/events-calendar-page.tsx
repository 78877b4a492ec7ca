import { Link } from 'react-router';
import type { EventSummary } from '@lantoa/contracts/events';
import { ButtonLink } from '../../../components/ui/button.tsx';
import { EmptyState } from '../../../components/ui/empty-state.tsx';
import { PageHeader } from '../../../components/ui/page-header.tsx';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useCan } from '../../../lib/auth.tsx';
import { todayIso } from '../../../lib/format.ts';
import { useT } from '../../../lib/i18n.tsx';
import { useSearchParamsState } from '../../../lib/use-search-params-state.ts';
import { useEvents } from '../api/get-events.ts';
import { monthGrid, monthKey, monthParam, shiftMonth } from '../event-dates.ts';
import { eventWhen } from './events-page.tsx';
import { EventsTabs } from './events-tabs.tsx';

const PER_DAY = 3;

/**
 * A month of events: a Monday-first grid on a wide screen, the same events as a dated list on a
 * phone (the grid would be too narrow to read there). The month lives in the address.
 */
export function EventsCalendarPage() {
  const t = useT();
  const canManage = useCan('event:manage');
  const [params, update] = useSearchParamsState();
  const { year, month } = monthParam(params.get('month'));
  const query = useEvents({ year, month, sort: 'starts_on', pageSize: 200 });
  const prev = shiftMonth(year, month, -1);
  const next = shiftMonth(year, month, 1);
  const today = todayIso();
  const title = t('events.calendar.monthTitle', { month, year });

  return (
    <div className="page">
      <PageHeader
        title={t('events.list.title')}
        subtitle={t('events.list.subtitle')}
        actions={
          canManage ? (
            <ButtonLink variant="primary" to="/events/new">
              {t('events.create')}
            </ButtonLink>
          ) : null
        }
      />
      <EventsTabs />
      <div className="calendar-nav">
        <ButtonLink size="sm" to={`/events/calendar?month=${monthKey(prev.year, prev.month)}`} aria-label={t('events.calendar.prev')}>
          ← {prev.month}/{prev.year}
        </ButtonLink>
        <h2 className="calendar-title" aria-live="polite">
          {title}
        </h2>
        <ButtonLink size="sm" to={`/events/calendar?month=${monthKey(next.year, next.month)}`} aria-label={t('events.calendar.next')}>
          {next.month}/{next.year} →
        </ButtonLink>
        <button type="button" className="link-button" onClick={() => update({ month: null })}>
          {t('events.calendar.today')}
        </button>
      </div>
      <QueryState query={query}>
        {(data) => {
          const onDay = (iso: string) => data.items.filter((e) => e.startsOn <= iso && e.endsOn >= iso);
          return (
            <>
              <table className="calendar-grid">
                <caption className="visually-hidden">{t('events.calendar.caption', { month, year })}</caption>
                <thead>
                  <tr>
                    {[1, 2, 3, 4, 5, 6, 7].map((d) => (
                      <th key={d} scope="col">
                        {t(`events.weekday.${d}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {monthGrid(year, month).map((week) => (
                    <tr key={week[0]!.iso}>
                      {week.map((d) => {
                        const list = d.inMonth ? onDay(d.iso) : [];
                        return (
                          <td key={d.iso} className={[d.inMonth ? '' : 'other-month', d.iso === today ? 'today' : ''].filter(Boolean).join(' ')}>
                            <span className="calendar-day">{d.day}</span>
                            <ul>
                              {list.slice(0, PER_DAY).map((e) => (
                                <li key={e.id}>
                                  <Link to={`/events/${e.id}`} className={`calendar-event kind-${e.kind}`} title={e.title}>
                                    {e.title}
                                  </Link>
                                </li>
                              ))}
                              {list.length > PER_DAY ? <li className="muted small">{t('events.calendar.more', { n: list.length - PER_DAY })}</li> : null}
                            </ul>
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              {data.items.length === 0 ? (
                <EmptyState title={t('events.calendar.none')} />
              ) : (
                <ol className="calendar-agenda" aria-label={title}>
                  {data.items.map((e: EventSummary) => (
                    <li key={e.id} className="card">
                      <span className="calendar-agenda-date">{eventWhen(e)}</span>
                      <Link to={`/events/${e.id}`} className="strong-link">
                        {e.title}
                      </Link>
                      <span className="muted small">
                        {t(`events.kind.${e.kind}`)} · {e.organiserUnitName}
                      </span>
                    </li>
                  ))}
                </ol>
              )}
            </>
          );
        }}
      </QueryState>
    </div>
  );
}
