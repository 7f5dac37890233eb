import type { PartFrequency } from './name-evidence.js';

/**
 * How common each name part (phonetic key) is among the records searched: the share of records
 * that carry it. Sharing a rare name says more than sharing "Siti" or "Muhammad" (term-frequency
 * adjusted Fellegi–Sunter); the counts come from the very records being compared.
 */
export class PartCounter {
  private readonly counts = new Map<string, number>();
  private records = 0;

  add(parts: readonly string[]): void {
    this.records++;
    for (const p of new Set(parts)) {
      if (p.length < 2) continue;
      this.counts.set(p, (this.counts.get(p) ?? 0) + 1);
    }
  }

  /**
   * The frequencies for compareVictims; unknown parts count as seen once. `typical` is the
   * geometric mean over all part occurrences, the rarity against which agreement is judged.
   */
  frequency(): PartFrequency {
    const n = Math.max(1, this.records);
    let occurrences = 0;
    let logSum = 0;
    for (const c of this.counts.values()) {
      occurrences += c;
      logSum += c * Math.log2(c / n);
    }
    const typical = occurrences ? 2 ** (logSum / occurrences) : 0.01;
    return { of: (key) => (this.counts.get(key) ?? 1) / n, typical };
  }
}
