import { useId } from 'react';
import type { DocumentBlock, DocumentTable, OfficialDocument } from '@lantoa/contracts/documents';
import {
  agencyLines,
  cellText,
  columnAlign,
  columnPercents,
  listMarker,
  NATIONAL_MOTTO,
  NATIONAL_TITLE,
  numberLine,
  placeDateLine,
  RECIPIENTS_LABEL,
  upper,
} from '../document-text.ts';

/*
 * An official document drawn in HTML as the Word and PDF files lay it out: the title block, the
 * body block by block, nơi nhận and the signature. The text is the document's own (Vietnamese in
 * any interface language): it is what will be printed.
 */

/** Cơ quan ban hành and số on the left, Quốc hiệu and địa danh, ngày on the right; then loại and trích yếu. */
export function DocumentTitle({ document: doc }: { document: OfficialDocument }) {
  const { header } = doc;
  return (
    <header className="doc-head">
      <div className="doc-head-row">
        <div className="doc-agency">
          {header.parentAgency
            ? agencyLines(header.parentAgency).map((l) => (
                <p key={l} className="doc-parent">
                  {l}
                </p>
              ))
            : null}
          <div className="doc-agency-name doc-rule">
            {agencyLines(header.agency).map((l) => (
              <p key={l}>{l}</p>
            ))}
          </div>
          <p className="doc-number">{numberLine(header)}</p>
          {doc.kind === null ? <p className="doc-letter-summary">V/v {doc.summary}</p> : null}
        </div>
        <div className="doc-nation">
          <p className="doc-nation-title">{NATIONAL_TITLE}</p>
          <p className="doc-motto doc-rule">{NATIONAL_MOTTO}</p>
          <p className="doc-date">{placeDateLine(header.place, header.date)}</p>
        </div>
      </div>
      {doc.kind !== null ? (
        <div className="doc-title">
          <p className="doc-kind">{upper(doc.kind)}</p>
          <p className="doc-summary doc-rule">{doc.summary}</p>
        </div>
      ) : null}
    </header>
  );
}

function DocumentTableView({ table }: { table: DocumentTable }) {
  const captionId = useId();
  const widths = columnPercents(table);
  const align = (i: number) => `cell-${columnAlign(table, i)}`;
  return (
    <figure className="doc-figure">
      {table.caption ? (
        <figcaption id={captionId} className="doc-caption">
          {table.caption}
        </figcaption>
      ) : null}
      {table.unitNote ? <p className="doc-unit-note">{table.unitNote}</p> : null}
      {/* On a phone the table keeps its columns and scrolls sideways inside this box. */}
      <div
        className="doc-table-box"
        role="region"
        aria-labelledby={table.caption ? captionId : undefined}
        tabIndex={0}
      >
        <table
          className="doc-table"
          aria-labelledby={table.caption ? captionId : undefined}
          // Narrow columns would break every word on a phone: below this width the box scrolls.
          style={{ minWidth: `${Math.min(table.columns.length * 7, 48)}rem` }}
        >
          <colgroup>
            {widths.map((w, i) => (
              <col key={i} style={{ width: `${w.toFixed(2)}%` }} />
            ))}
          </colgroup>
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={i} scope="col" className="cell-center">
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i} className={align(i)}>
                    {cellText(cell)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
          {table.total ? (
            <tfoot>
              <tr>
                {table.total.map((cell, i) => (
                  <td key={i} className={align(i)}>
                    {cellText(cell)}
                  </td>
                ))}
              </tr>
            </tfoot>
          ) : null}
        </table>
      </div>
    </figure>
  );
}

function Block({ block }: { block: DocumentBlock }) {
  switch (block.type) {
    case 'heading': {
      const Tag = block.level === 1 ? 'h3' : block.level === 2 ? 'h4' : 'h5';
      return <Tag className={`doc-heading doc-heading-${block.level}`}>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p className={['doc-paragraph', block.bold ? 'strong' : '', block.italic ? 'doc-italic' : ''].join(' ').trim()}>
          {block.text}
        </p>
      );
    case 'list':
      return (
        <ul className="doc-list">
          {block.items.map((item, i) => (
            <li key={i}>
              <span className="doc-marker">{listMarker(block.style, block.start + i)}</span> {item}
            </li>
          ))}
        </ul>
      );
    case 'table':
      return <DocumentTableView table={block} />;
  }
}

/** A stretch of the body, block after block. */
export function DocumentBlocks({ blocks }: { blocks: readonly DocumentBlock[] }) {
  return (
    <>
      {blocks.map((b, i) => (
        <Block key={i} block={b} />
      ))}
    </>
  );
}

/** Nơi nhận on the left, the signature on the right (one under the other on a phone). */
export function DocumentClosing({ document: doc }: { document: OfficialDocument }) {
  return (
    <footer className="doc-closing">
      <div className="doc-recipients">
        {doc.recipients.length > 0 ? (
          <>
            <p className="doc-recipients-label">{RECIPIENTS_LABEL}</p>
            <ul>
              {doc.recipients.map((r, i) => (
                <li key={i}>- {r}</li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
      <div className="doc-signature">
        {doc.signature.authority.map((a, i) => (
          <p key={i} className="doc-sign-title">
            {upper(a)}
          </p>
        ))}
        <p className="doc-sign-title">{upper(doc.signature.title)}</p>
        <p className="doc-sign-name">{doc.signature.name}</p>
      </div>
    </footer>
  );
}
