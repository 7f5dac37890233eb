import { Text } from '@mantine/core';
import { type CaseDetail, type CodeView, EXPLOITATION_PURPOSE } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { useFormat } from '../../shared/format.js';
import { InfoList } from '../../shared/info-list.js';
import { VerificationBadge } from './case-badges.js';
import { useFieldLabel } from './reference.js';
import { Section } from './section.js';

/** The case's own fields; the summary (it may name people) only when identity is open. */
export function CaseSummarySection({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const label = useFieldLabel();
  const list = (codes: CodeView[]) => (codes.length ? codes.map(fmt.bi).join(', ') : '—');
  const purposes = [
    ...new Set(
      c.exploitationTypes
        .map((x) => EXPLOITATION_PURPOSE[x.code])
        .filter((p) => p !== undefined)
        .map(fmt.bi),
    ),
  ];
  return (
    <Section title={t('cases.detail.summary')} testId="case-summary">
      <InfoList
        cols={3}
        items={[
          { label: label('case', 'caseNumber'), value: c.caseNumber },
          { label: label('case', 'reportedOn'), value: fmt.date(c.reportedOn) },
          { label: label('case', 'institutionId'), value: c.institution.name },
          { label: label('case', 'serviceUnitId'), value: c.serviceUnit?.name ?? '—' },
          { label: label('case', 'regionCode'), value: c.regionName ?? c.regionCode ?? '—' },
          { label: label('case', 'source'), value: fmt.bi(c.source) },
          { label: label('case', 'status'), value: fmt.bi(c.status) },
          ...(c.closureReason
            ? [{ label: label('case', 'closureReason'), value: c.closureReason }]
            : []),
          {
            label: label('case', 'exploitationTypes'),
            value: (
              <>
                {list(c.exploitationTypes)}
                {purposes.length ? (
                  <Text size="xs" c="dimmed" component="span" display="block">
                    {t('cases.detail.purposes', { list: purposes.join('; ') })}
                  </Text>
                ) : null}
              </>
            ),
          },
          { label: label('case', 'modus'), value: list(c.modus) },
          { label: label('case', 'meansOfControl'), value: list(c.meansOfControl) },
          {
            label: label('case', 'verificationState'),
            value: (
              <>
                <VerificationBadge state={c.verification.state} />
                {c.verification.reason ? (
                  <Text size="sm" component="span" display="block" mt={4}>
                    {c.verification.reason}
                  </Text>
                ) : null}
                {c.verification.at ? (
                  <Text size="xs" c="dimmed" component="span" display="block">
                    {fmt.dateTime(c.verification.at)}
                  </Text>
                ) : null}
              </>
            ),
          },
        ]}
      />
      <div>
        <Text size="sm" c="dimmed" fw={600}>
          {label('case', 'summary')}
        </Text>
        {c.summary !== null ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} className="wrap-anywhere">
            {c.summary}
          </Text>
        ) : (
          <Text size="sm" fs="italic">
            {c.hasSummary ? t('cases.identity.hiddenValue') : t('status.none')}
          </Text>
        )}
      </div>
    </Section>
  );
}
