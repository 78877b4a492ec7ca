const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/** Plain text (no tag at all) becomes paragraphs; text with tags is sent as written (the server cleans it). */
export function toBodyHtml(text: string): string {
  const s = text.trim();
  if (!s || /<[a-z][\s\S]*>/i.test(s)) return s;
  return s
    .split(/\n\s*\n/)
    .map((p) => `<p>${p.trim().replace(/[&<>"]/g, (c) => ESC[c]!).replace(/\n/g, '<br>')}</p>`)
    .join('');
}

const UNESC: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'" };

/** Stored HTML that is only paragraphs and line breaks reads back as plain text; anything richer stays HTML. */
export function fromBodyHtml(html: string): string {
  const s = html.trim();
  if (!s || !/^(<p>(?:(?!<\/?p>)[\s\S])*<\/p>\s*)+$/.test(s)) return s;
  const paragraphs = [...s.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]!.replace(/<br\s*\/?>/g, '\n'));
  if (paragraphs.some((p) => /<[a-z/]/i.test(p))) return s;
  return paragraphs.map((p) => p.replace(/&(amp|lt|gt|quot|#39);/g, (e) => UNESC[e]!)).join('\n\n');
}

/** An ISO instant as the value of a datetime-local input, in Vietnam time. */
export function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  return d.toISOString().slice(0, 16);
}

/** A datetime-local value (Vietnam time) as an ISO instant with its offset; '' is none. */
export function fromLocalInput(value: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  return `${value}:00+07:00`;
}
