import { Route, Routes } from 'react-router';
import { EmptyState } from '../../components/ui/empty-state.tsx';
import type { ReactNode } from 'react';
import { useCan } from '../../lib/auth.tsx';
import { useT } from '../../lib/i18n.tsx';
import './messages.ts';
import './events.css';
import { EventEditPage, EventNewPage } from './components/event-edit-pages.tsx';
import { EventImportPage } from './components/event-import-page.tsx';
import { EventPage } from './components/event-page.tsx';
import { EventsCalendarPage } from './components/events-calendar-page.tsx';
import { EventsPage } from './components/events-page.tsx';

function NotFound() {
  const t = useT();
  return <EmptyState title={t('error.NOT_FOUND')} />;
}

/** Pages that change events: those who may only read see "not found", as the server would answer. */
function Manage({ children }: { children: ReactNode }) {
  return useCan('event:manage') ? children : <NotFound />;
}

/** The events register, mounted under /admin/events/*. */
export default function EventsRoutes() {
  const manage = (el: ReactNode) => <Manage>{el}</Manage>;
  return (
    <Routes>
      <Route index element={<EventsPage />} />
      <Route path="calendar" element={<EventsCalendarPage />} />
      <Route path="new" element={manage(<EventNewPage />)} />
      <Route path="import" element={manage(<EventImportPage />)} />
      <Route path=":id" element={<EventPage />} />
      <Route path=":id/edit" element={manage(<EventEditPage />)} />
      <Route path="*" element={<NotFound />} />
    </Routes>
  );
}
