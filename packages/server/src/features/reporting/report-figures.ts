import {
  achievement,
  type IndicatorDirection,
  NOT_COMPUTABLE_MESSAGES,
  NOT_COMPUTABLE_REASONS,
  type NotComputableReason,
} from '@sigap/domain';

export type IndicatorFiguresSource = {
  direction: IndicatorDirection;
  baseline: number | null;
  targets: Record<string, number>;
};

/** The indicator's target for a year; a year without a key has none. */
export function targetFor(indicator: Pick<IndicatorFiguresSource, 'targets'>, year: number) {
  const t = indicator.targets[String(year)];
  return typeof t === 'number' ? t : null;
}

/**
 * The achievement columns of a report, computed whenever its value changes (domain
 * achievement(): the direction decides the formula). Stored so lists and the dashboard need no
 * recomputation; the note keeps why a figure is missing.
 */
export function achievementColumns(
  indicator: IndicatorFiguresSource,
  year: number,
  realisedValue: number | null,
) {
  const a = achievement({
    direction: indicator.direction,
    target: targetFor(indicator, year),
    baseline: indicator.baseline,
    realised: realisedValue,
  });
  return a.computable
    ? { achievement: a.capped, achievementRaw: a.raw, achievementNote: null }
    : { achievement: null, achievementRaw: null, achievementNote: a.reason as string };
}

export function achievementNoteView(note: string | null) {
  if (note === null || !(NOT_COMPUTABLE_REASONS as readonly string[]).includes(note)) return null;
  const reason = note as NotComputableReason;
  return { reason, message: NOT_COMPUTABLE_MESSAGES[reason] };
}
