import type { MatchEvidence } from './evidence.js';
import {
  birthLevel,
  citizenshipLevel,
  eventsLevel,
  type FieldLevel,
  type LevelledField,
  nikLevel,
  originLevel,
  passportLevel,
  sexLevel,
} from './field-levels.js';
import { FIELD_TEXTS } from './field-texts.js';
import {
  CONFLICT_CAP_WEIGHT,
  FATHER_WEIGHTS,
  FIELD_WEIGHTS,
  NAME_WEIGHTS,
  scoreOfWeight,
} from './match-weights.js';
import {
  compareNames,
  describeFather,
  describeName,
  fatherLevel,
  nameWeight,
  type PartFrequency,
} from './name-evidence.js';
import { emptyNameComparison } from './name-match.js';
import type { PreparedVictim } from './victim-record.js';

export type MatchResult = {
  /** 0–100; the review queue holds pairs at or above the threshold, best first. */
  score: number;
  /** Sum of the evidence weights (log2 likelihood ratios). */
  weight: number;
  evidence: MatchEvidence[];
};

export type CompareOptions = {
  /** Rarity of name parts among the records searched; common names weigh less. */
  frequency?: PartFrequency;
};

const FW = FIELD_WEIGHTS;
const scratch = emptyNameComparison();

/** The most the name and the father's name can add (bounds the early exit of matchWeight). */
const NAME_CEILING = NAME_WEIGHTS.max + FATHER_WEIGHTS.same;

/**
 * The total weight of a pair, without the evidence texts: the search's inner loop. Each field
 * adds its level's weight; a field missing on either side adds nothing, so a record without a
 * birth date is neither helped nor harmed by it. Conflicting documents cap the total at
 * CONFLICT_CAP_WEIGHT: no agreement elsewhere outweighs two people's different NIKs. With
 * `floor`, a pair whose other fields (or the cap) already rule it out is not put through the
 * (costlier) name comparison: its answer is then only known to be below `floor`.
 */
export function matchWeight(
  a: PreparedVictim,
  b: PreparedVictim,
  options: CompareOptions & { floor?: number } = {},
) {
  const nik = nikLevel(a, b);
  const passport = passportLevel(a, b);
  const cap =
    nik === 'conflict' || passport === 'conflict' ? CONFLICT_CAP_WEIGHT : Number.POSITIVE_INFINITY;
  const others =
    FW.nik[nik] +
    FW.passport[passport] +
    FW.birth[birthLevel(a, b)] +
    FW.sex[sexLevel(a, b)] +
    FW.origin[originLevel(a, b)] +
    FW.citizenship[citizenshipLevel(a, b)] +
    FW.events[eventsLevel(a, b)];
  if (options.floor !== undefined && Math.min(others + NAME_CEILING, cap) < options.floor)
    return Math.min(others, cap);
  const name = compareNames(a, b, scratch);
  const total =
    others +
    (name ? nameWeight(name, a.parts, options.frequency) : 0) +
    FATHER_WEIGHTS[fatherLevel(a, b)];
  return Math.min(total, cap);
}

const round1 = (x: number) => Math.round(x * 10) / 10;

function line<F extends LevelledField>(field: F, level: FieldLevel<F>): MatchEvidence {
  const text = FIELD_TEXTS[field][level];
  const weight = FIELD_WEIGHTS[field][level];
  return { field, outcome: text.outcome, weight: round1(weight), detail: text.detail };
}

/**
 * Compares two prepared victim records field by field, with the evidence a reviewer reads.
 * The PIC data decides every merge: the score only orders the review queue.
 */
export function compareVictims(
  a: PreparedVictim,
  b: PreparedVictim,
  options: CompareOptions = {},
): MatchResult {
  const name = compareNames(a, b);
  const father = fatherLevel(a, b);
  const evidence = [
    line('nik', nikLevel(a, b)),
    line('passport', passportLevel(a, b)),
    describeName(name, round1(name ? nameWeight(name, a.parts, options.frequency) : 0)),
    describeFather(father, round1(FATHER_WEIGHTS[father])),
    line('birth', birthLevel(a, b)),
    line('sex', sexLevel(a, b)),
    line('origin', originLevel(a, b)),
    line('citizenship', citizenshipLevel(a, b)),
    line('events', eventsLevel(a, b)),
  ];
  const weight = matchWeight(a, b, options);
  return { score: scoreOfWeight(weight), weight: round1(weight), evidence };
}
