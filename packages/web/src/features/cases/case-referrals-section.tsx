import type { CaseDetail } from '@sigap/domain';
import { useTranslation } from 'react-i18next';
import { ReferralTable } from './referral-table.js';
import { Section } from './section.js';

/** Rujukan of this case's victims (sent from a victim's card). */
export function CaseReferralsSection({ c }: { c: CaseDetail }) {
  const { t } = useTranslation();
  const victims = c.people.filter((p) => p.role === 'victim');
  const victimName = (personId: string) => {
    const i = victims.findIndex((p) => p.id === personId);
    return i < 0 ? '—' : t('cases.people.victimN', { n: i + 1 });
  };
  return (
    <Section title={t('cases.referrals.title')} testId="case-referrals">
      <ReferralTable
        caption={t('cases.referrals.title')}
        rows={c.referrals}
        person={(r) => victimName(r.personId)}
      />
    </Section>
  );
}
