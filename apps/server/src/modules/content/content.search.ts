/**
 * How a search box query is read: "quoted text" is a phrase whose words must stand together, the
 * rest are words that must all appear. Folding of diacritics (and đ→d) happens in SQL with
 * vn_fold, the same function the search columns are built with; the words as typed (lower-cased,
 * diacritics kept) rank exact matches first.
 */
export type ParsedQuery = { phrases: string[]; words: string[]; exactTerms: string[] };

const MAX_TERMS = 12;

export function parseSearchQuery(raw: string): ParsedQuery {
  const q = raw.normalize('NFC').slice(0, 200);
  const phrases: string[] = [];
  const rest = q.replace(/["“”„]([^"“”„]+)["“”„]?/g, (_m, p: string) => {
    const t = clean(p);
    if (t) phrases.push(t);
    return ' ';
  });
  const words = clean(rest).split(' ').filter(Boolean).slice(0, MAX_TERMS);
  const exactTerms = [...phrases, ...words].map((t) => t.toLocaleLowerCase('vi')).slice(0, MAX_TERMS);
  return { phrases: phrases.slice(0, MAX_TERMS), words, exactTerms };
}

/** Letters, digits and spaces only: tsquery syntax characters never reach the database. */
function clean(s: string): string {
  return s
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function isEmptyQuery(p: ParsedQuery): boolean {
  return p.phrases.length === 0 && p.words.length === 0;
}

/** The LIKE pattern of a term, with LIKE's own wildcards escaped. */
export function likePattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}
