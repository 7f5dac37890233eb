const LETTERS = 'abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ';
const DIGITS = '23456789';

function pickChar(alphabet: string, random: number): string {
  return alphabet[random % alphabet.length] ?? 'a';
}

/**
 * A 16-character password with letters and digits (meets NewPassword), without look-alike
 * characters (0/O, 1/l/I) because it is read out or typed from a note.
 */
export function randomPassword(length = 16): string {
  const values = crypto.getRandomValues(new Uint32Array(length));
  const all = LETTERS + DIGITS;
  const chars = Array.from(values, (v) => pickChar(all, v));
  chars[0] = pickChar(LETTERS, values[0] ?? 0);
  chars[length - 1] = pickChar(DIGITS, values[length - 1] ?? 0);
  return chars.join('');
}
