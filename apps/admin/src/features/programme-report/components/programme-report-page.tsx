import { useState } from 'react';
import { Navigate, useParams } from 'react-router';
import { QueryState } from '../../../components/ui/query-state.tsx';
import { useProgrammeReport } from '../api/get-programme-report.ts';
import { DEFAULT_REPORT_YEAR, reportYearParam } from '../report-years.ts';
import { ReportHeader, ReportWorkspace } from './report-workspace.tsx';

function ReportScreen({ year }: { year: number }) {
  const query = useProgrammeReport(year);
  const [session, setSession] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  if (!query.data) {
    return (
      <>
        <ReportHeader year={year} />
        <QueryState query={query}>{() => null}</QueryState>
      </>
    );
  }
  return (
    <ReportWorkspace
      key={`${year}:${session}`}
      report={query.data}
      notice={notice}
      onDismissNotice={() => setNotice(null)}
      onRestart={(next) => {
        setNotice(next);
        setSession((s) => s + 1);
      }}
      onReload={async () => {
        await query.refetch();
        setNotice(null);
        setSession((s) => s + 1);
      }}
    />
  );
}

/** /programme-report/:year — the year's report on the programme: figures from the system, narrative, issue, files. */
export function ProgrammeReportPage() {
  const params = useParams();
  const year = reportYearParam(params.year);
  if (year === null) return <Navigate to={`/programme-report/${DEFAULT_REPORT_YEAR}`} replace />;
  return (
    <div className="page programme-report-page">
      {/* A new year starts a new screen: nothing typed for one year is carried to another. */}
      <ReportScreen key={year} year={year} />
    </div>
  );
}
