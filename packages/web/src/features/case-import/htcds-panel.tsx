import { Button, Group, NativeSelect, Paper, Stack, Text, Title } from '@mantine/core';
import { HTCDS_CREDIT, HTCDS_FIELDS } from '@sigap/domain';
import { IconDownload, IconLock } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCan } from '../../app/api/me.js';
import { FormError } from '../../shared/form-parts.js';
import { AnchorLink } from '../../shared/links.js';
import { PasswordField } from '../../shared/password-field.js';
import { errorMessage } from '../../shared/query-state.js';
import { downloadHtcds, downloadHtcdsIdentifying, saveBlob, templatesQuery } from './api.js';

type Format = 'csv' | 'json';
const MIN_PASSWORD = 12;

/** An empty HTCDS 2.0 file: the header row of every column Sigap reads back. */
function downloadHtcdsHeader() {
  const columns = HTCDS_FIELDS.filter((f) => !f.exportOnly).map((f) => f.name);
  saveBlob(
    new Blob([`\uFEFF${columns.join(',')}\r\n`], { type: 'text/csv;charset=utf-8' }),
    'sigap-htcds-template.csv',
  );
}

/**
 * Pertukaran HTCDS 2.0 (IOM): the built-in template for files that follow the standard, and the
 * export of the cases in the user's scope; with identifying data only for administrators, in a
 * password-protected archive.
 */
export function HtcdsPanel() {
  const { t } = useTranslation();
  const can = useCan();
  const templates = useQuery(templatesQuery);
  const builtIn = templates.data?.items.find((x) => x.builtIn);
  const [format, setFormat] = useState<Format>('csv');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function run(action: () => Promise<void>) {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(errorMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Paper withBorder p="md" mb="lg" component="section" aria-labelledby="htcds-heading">
      <Title order={2} size="h3" id="htcds-heading" mb={4}>
        {t('caseImport.htcds.heading')}
      </Title>
      <Text size="sm" mb="xs">
        {t('caseImport.htcds.intro')}
      </Text>
      <Text size="xs" c="dimmed" mb="md" data-testid="htcds-credit">
        {HTCDS_CREDIT}. {t('caseImport.htcds.noEndorsement')}
      </Text>
      <Stack gap="md">
        <Group gap="sm" align="flex-end">
          {builtIn ? (
            <AnchorLink
              to="/case-imports/templates/$templateId"
              params={{ templateId: builtIn.id }}
            >
              {t('caseImport.htcds.viewTemplate')}
            </AnchorLink>
          ) : null}
          <Button variant="default" size="xs" onClick={downloadHtcdsHeader}>
            {t('caseImport.htcds.headerFile')}
          </Button>
        </Group>
        <Title order={3} size="h5">
          {t('caseImport.htcds.exportHeading')}
        </Title>
        <Group gap="sm" align="flex-end">
          <NativeSelect
            label={t('caseImport.htcds.format')}
            value={format}
            onChange={(e) => setFormat(e.currentTarget.value === 'json' ? 'json' : 'csv')}
            data={[
              { value: 'csv', label: 'CSV' },
              { value: 'json', label: 'JSON' },
            ]}
            w={140}
          />
          <Button
            leftSection={<IconDownload size={16} aria-hidden="true" />}
            onClick={() => void run(() => downloadHtcds(format))}
            loading={busy}
            data-testid="htcds-export"
          >
            {t('caseImport.htcds.export')}
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          {t('caseImport.htcds.exportHint')}
        </Text>
        {can('cases.exportIdentifying') ? (
          <IdentifyingExport format={format} busy={busy} run={run} />
        ) : null}
        <FormError message={error} />
      </Stack>
    </Paper>
  );
}

function IdentifyingExport(props: {
  format: Format;
  busy: boolean;
  run: (action: () => Promise<void>) => Promise<void>;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  function submit(e: FormEvent) {
    e.preventDefault();
    if (password.length < MIN_PASSWORD)
      return setFieldError(t('caseImport.htcds.passwordShort', { min: MIN_PASSWORD }));
    setFieldError(null);
    void props.run(async () => {
      await downloadHtcdsIdentifying(props.format, password);
      setPassword('');
    });
  }
  return (
    <form onSubmit={submit} noValidate aria-labelledby="htcds-identifying-heading">
      <Title order={3} size="h5" id="htcds-identifying-heading" mb={4}>
        {t('caseImport.htcds.identifyingHeading')}
      </Title>
      <Text size="sm" mb="xs">
        {t('caseImport.htcds.identifyingIntro')}
      </Text>
      <Group gap="sm" align="flex-end">
        <PasswordField
          label={t('caseImport.htcds.password')}
          description={t('caseImport.htcds.passwordHint', { min: MIN_PASSWORD })}
          value={password}
          onChange={(e) => setPassword(e.currentTarget.value)}
          error={fieldError}
          autoComplete="new-password"
          required
          w={320}
        />
        <Button
          type="submit"
          variant="default"
          color="red.9"
          leftSection={<IconLock size={16} aria-hidden="true" />}
          loading={props.busy}
        >
          {t('caseImport.htcds.identifyingExport')}
        </Button>
      </Group>
    </form>
  );
}
