/**
 * LIKE patterns from what a user typed. `%`, `_` and `\` are escaped so a search for "50%" or
 * "a_b" means those characters, not wildcards (PostgreSQL's default LIKE escape is `\`).
 */
function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsPattern(text: string): string {
  return `%${escapeLike(text)}%`;
}

export function prefixPattern(text: string): string {
  return `${escapeLike(text)}%`;
}
