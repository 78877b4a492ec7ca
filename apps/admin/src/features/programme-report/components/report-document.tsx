import type { ReactNode } from 'react';
import type { OfficialDocument } from '@lantoa/contracts/documents';
import { useT } from '../../../lib/i18n.tsx';
import type { NarrativeSlot, ReportPart } from '../report-sections.ts';
import { DocumentBlocks, DocumentClosing, DocumentTitle } from './document-view.tsx';

/** What goes beside the document while the narrative is being written. */
export type ReportNotes = {
  head: ReactNode;
  slot: (slot: NarrativeSlot) => ReactNode;
  closing: ReactNode;
};

function Row({
  children,
  note,
  notes,
  className,
}: {
  children: ReactNode;
  note: ReactNode;
  notes: boolean;
  className?: string;
}) {
  return (
    <div className={className ? `doc-row ${className}` : 'doc-row'}>
      <div className="doc-paper">{children}</div>
      {notes ? <div className="doc-note">{note}</div> : null}
    </div>
  );
}

/**
 * The report as it will be printed, section by section. While it is being written, each section
 * the narrative belongs to has its field beside it (under it on a phone), so that people write
 * next to the figures they are writing about.
 */
export function ReportDocument({
  document: doc,
  parts,
  notes,
}: {
  document: OfficialDocument;
  parts: readonly ReportPart[];
  notes: ReportNotes | null;
}) {
  const t = useT();
  const withNotes = notes !== null;
  return (
    <section
      className={withNotes ? 'doc-sheet doc-sheet-notes' : 'doc-sheet'}
      aria-labelledby="programme-report-preview"
    >
      <h2 id="programme-report-preview" className="visually-hidden">
        {t('programmeReport.preview')}
      </h2>
      {withNotes ? (
        <div className="doc-row doc-columns" aria-hidden="true">
          <p>{t('programmeReport.column.document')}</p>
          <p>{t('programmeReport.column.narrative')}</p>
        </div>
      ) : null}
      <Row notes={withNotes} note={notes?.head} className="doc-row-first">
        <DocumentTitle document={doc} />
      </Row>
      {parts.map((part) => (
        <Row key={part.key} notes={withNotes} note={part.slot && notes ? notes.slot(part.slot) : null}>
          <DocumentBlocks blocks={part.blocks} />
        </Row>
      ))}
      <Row notes={withNotes} note={notes?.closing} className="doc-row-last">
        <DocumentClosing document={doc} />
      </Row>
    </section>
  );
}
