import { useCallback, useRef, useState } from 'react';

/**
 * Shows HTML the server stored only after cleaning it with its allow-list (content bodies), inside
 * a sandboxed frame: even if something slipped through the cleaning, no script in it can run and it
 * cannot reach the admin page. The frame takes the height of what it shows.
 */
export function CleanedHtml({ html, title, className }: { html: string; title: string; className?: string }) {
  const ref = useRef<HTMLIFrameElement>(null);
  const [height, setHeight] = useState(120);
  const fit = useCallback(() => {
    const doc = ref.current?.contentDocument;
    if (doc?.body) setHeight(Math.max(40, doc.documentElement.scrollHeight));
  }, []);
  const doc = `<!doctype html><html lang="vi"><head><meta charset="utf-8"><base target="_blank"><style>
body{margin:0;font:16px/1.6 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1f2933;overflow-wrap:anywhere}
img,video{max-width:100%;height:auto}table{border-collapse:collapse}td,th{border:1px solid #ccd;padding:4px 8px}
</style></head><body>${html}</body></html>`;
  return (
    <iframe
      ref={ref}
      className={className ?? 'cleaned-html'}
      title={title}
      // Same origin so that its height can be read; no allow-scripts: nothing in it runs.
      sandbox="allow-same-origin allow-popups"
      srcDoc={doc}
      onLoad={fit}
      style={{ width: '100%', border: 0, height }}
    />
  );
}
