import type { ReactNode } from 'react';
import { AnchorLink } from '../../shared/links.js';
import { srOnly } from '../../shared/sr-only.js';
import type { ReportsSearch } from '../reporting/search.js';
import type { OverdueSearch } from './search.js';
import type { RecordFilter } from './types.js';

/** A figure's `records` as the reports list's URL filters (the list sends them on as they are). */
export function reportsSearchOf(f: RecordFilter): ReportsSearch {
  return {
    planId: f.planId,
    year: f.year,
    periodCode: f.periodCode,
    upToPeriodCode: f.upToPeriodCode,
    strategy: f.strategy,
    institutionId: f.institutionId,
    regionCode: f.regionCode,
    activityId: f.activityId,
    indicatorId: f.indicatorId,
    state: f.state && f.state.length > 0 ? f.state.join(',') : undefined,
    latestPerIndicator: f.latestPerIndicator ? 'true' : undefined,
    activeIndicators: f.activeIndicators ? 'true' : undefined,
  };
}

/** Missing reports have no rows: their filter opens the overdue list instead. */
export function overdueSearchOf(f: RecordFilter): OverdueSearch {
  return {
    planId: f.planId,
    year: f.year,
    periodCode: f.periodCode,
    strategy: f.strategy,
    institutionId: f.institutionId,
    regionCode: f.regionCode,
  };
}

type Props = { filter: RecordFilter; children: ReactNode; label?: string; testId?: string };

/**
 * What a bare number means, for screen readers: read after the visible figure (not instead of
 * it, so speech-input users can still say the number they see). The link is positioned so the
 * hidden text stays inside a table's scrolling box rather than widening the page.
 */
function Meaning({ label }: { label?: string }) {
  return label ? <span style={srOnly}> ({label})</span> : null;
}

/** A number on the dashboard as a link to the reports it counts. */
export function ReportsLink({ filter, children, label, testId }: Props) {
  return (
    <AnchorLink
      to="/reports"
      search={reportsSearchOf(filter)}
      data-testid={testId}
      fw={600}
      pos="relative"
    >
      {children}
      <Meaning label={label} />
    </AnchorLink>
  );
}

/** A count of missing reports as a link to the overdue list with the same filter. */
export function MissingLink({ filter, children, label, testId }: Props) {
  return (
    <AnchorLink
      to="/monitoring/overdue"
      search={overdueSearchOf(filter)}
      data-testid={testId}
      fw={600}
      pos="relative"
    >
      {children}
      <Meaning label={label} />
    </AnchorLink>
  );
}
