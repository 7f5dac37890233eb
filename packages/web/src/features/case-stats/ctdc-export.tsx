import { Alert, Button, Group, Paper, Text } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { errorMessage } from '../../shared/query-state.js';
import { useNumbers } from '../reporting/numbers.js';
import { type CtdcReport, downloadCtdc } from './api.js';

/**
 * Data set CTDC (national users): one anonymised row per victim in IOM's CTDC layout, made
 * k-anonymous by the server; what that suppressed is shown once the file is downloaded.
 */
export function CtdcExport({ verifiedOnly }: { verifiedOnly: boolean }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [report, setReport] = useState<CtdcReport | null>(null);
  async function run() {
    setBusy(true);
    setError(null);
    setReport(null);
    try {
      setReport(await downloadCtdc(verifiedOnly));
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }
  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby="ctdc-heading">
      <Group justify="space-between" gap="sm" align="center">
        <div style={{ flex: '1 1 20rem' }}>
          <Text component="h2" size="sm" fw={700} m={0} id="ctdc-heading">
            {t('caseStats.ctdc.heading')}
          </Text>
          <Text size="sm">{t('caseStats.ctdc.intro')}</Text>
        </div>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden="true" />}
          onClick={() => void run()}
          loading={busy}
          data-testid="ctdc-export"
        >
          {verifiedOnly ? t('caseStats.ctdc.downloadVerified') : t('caseStats.ctdc.download')}
        </Button>
      </Group>
      <FormError message={error} />
      {report ? (
        <Alert color="teal" variant="light" mt="sm" role="status">
          {t('caseStats.ctdc.report', {
            k: report.k,
            rowsIn: n.number(report.rowsIn),
            rowsOut: n.number(report.rowsOut),
            rowsDropped: n.number(report.rowsDropped),
          })}
        </Alert>
      ) : null}
    </Paper>
  );
}
