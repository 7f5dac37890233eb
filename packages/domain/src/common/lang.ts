/** The two languages of the product: Indonesian first, English second. */
export const LANGS = ['id', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Picks the user's language from an Accept-Language header. Indonesian is the default because
 * most users are Indonesian civil servants; English is chosen only when it is preferred.
 */
export function langFromAcceptLanguage(header: string | undefined | null): Lang {
  if (!header) return 'id';
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.tag.length > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}

/** A text in both languages, as reference data carries it. */
export type Bilingual = { id: string; en: string };
