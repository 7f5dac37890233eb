import { Alert, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '../../shared/data-table.js';
import { FormError, orNull } from '../../shared/form-parts.js';
import { InfoList } from '../../shared/info-list.js';
import { notifySuccess } from '../../shared/notify.js';
import { errorMessage } from '../../shared/query-state.js';
import { planKeys, plansApi } from './api.js';
import { ChangeCounts, ChangeList, changeTotals } from './change-list.js';
import { usePlanFormat } from './plan-format.js';
import type { ImportError, ImportPreview, ValidPreview } from './types.js';

type Props = { preview: ImportPreview; fileName: string; onReset: () => void };

/** The server's verdict on an uploaded sheet: its errors, or what confirming would change. */
export function ImportPreviewPanel({ preview, fileName, onReset }: Props) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      mb="lg"
      component="section"
      aria-labelledby="import-result"
      data-testid="import-preview"
    >
      <Title order={2} size="h4" mb="sm" id="import-result">
        {t('plans.import.resultHeading', { file: fileName })}
      </Title>
      {preview.valid ? (
        <ValidSheet preview={preview} onReset={onReset} />
      ) : (
        <SheetErrors errors={preview.errors} />
      )}
    </Paper>
  );
}

const ERRORS_PER_PAGE = 50;

function SheetErrors({ errors }: { errors: ImportError[] }) {
  const { t } = useTranslation();
  const [page, setPage] = useState(1);
  const columns: Column<ImportError & { key: string }>[] = [
    { key: 'row', header: t('plans.import.row'), nowrap: true, render: (e) => e.row },
    {
      key: 'column',
      header: t('plans.import.column'),
      render: (e) =>
        e.column ? [e.column.letter, e.column.name].filter(Boolean).join(' — ') : '—',
    },
    { key: 'reason', header: t('plans.import.reason'), render: (e) => e.reason },
  ];
  const rows = errors.map((e, i) => ({ ...e, key: String(i) }));
  return (
    <Stack gap="sm">
      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertCircle aria-hidden="true" />}
        title={t('plans.import.invalidTitle', { count: errors.length })}
      >
        <Text size="sm" c="black">
          {t('plans.import.invalidBody')}
        </Text>
      </Alert>
      <DataTable
        caption={t('plans.import.errorsCaption')}
        testId="import-errors"
        columns={columns}
        rows={rows.slice((page - 1) * ERRORS_PER_PAGE, page * ERRORS_PER_PAGE)}
        rowKey={(e) => e.key}
        meta={{ page, pageSize: ERRORS_PER_PAGE, total: errors.length }}
        onPageChange={setPage}
      />
    </Stack>
  );
}

function ValidSheet({ preview, onReset }: { preview: ValidPreview; onReset: () => void }) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  const p = preview.plan;
  return (
    <Stack gap="md">
      <Alert
        color={preview.noChanges ? 'blue' : 'teal'}
        variant="light"
        role="status"
        icon={
          preview.noChanges ? (
            <IconInfoCircle aria-hidden="true" />
          ) : (
            <IconCircleCheck aria-hidden="true" />
          )
        }
        title={preview.noChanges ? t('plans.import.noChangesTitle') : t('plans.import.validTitle')}
        data-testid={preview.noChanges ? 'import-no-changes' : 'import-valid'}
      >
        <Text size="sm" c="black">
          {preview.message}
        </Text>
      </Alert>
      <InfoList
        cols={3}
        items={[
          {
            label: t('plans.import.mode'),
            value:
              preview.mode === 'create'
                ? t('plans.import.modeCreate')
                : t('plans.import.modeRevise'),
          },
          { label: t('plans.fields.title'), value: p.title },
          { label: t('plans.fields.kind'), value: f.kind(p.kind) },
          { label: t('plans.fields.region'), value: p.regionCode ?? t('plans.national') },
          { label: t('plans.fields.period'), value: f.period(p) },
          {
            label: t('plans.import.contents'),
            value: t('plans.import.counts', preview.counts),
          },
        ]}
      />
      {preview.noChanges ? null : (
        <>
          {preview.mode === 'create' ? (
            <Text size="sm">{t('plans.import.createAll')}</Text>
          ) : (
            <>
              <ChangeCounts counts={changeTotals(preview.changes)} />
              <ChangeList changes={preview.changes} order={3} idPrefix="preview" />
            </>
          )}
          {preview.importToken ? (
            <ConfirmImport preview={preview} token={preview.importToken} onReset={onReset} />
          ) : null}
        </>
      )}
    </Stack>
  );
}

function ConfirmImport({
  preview,
  token,
  onReset,
}: {
  preview: ValidPreview;
  token: string;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const f = usePlanFormat();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [note, setNote] = useState('');
  const confirm = useMutation({
    mutationFn: () => plansApi.confirmImport(token, orNull(note)),
    onSuccess: async (result) => {
      notifySuccess(result.message);
      await queryClient.invalidateQueries({ queryKey: planKeys.all });
      await navigate({ to: '/plans/$planId', params: { planId: result.planId }, search: {} });
    },
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    confirm.mutate();
  };
  const create = preview.mode === 'create';
  const label = create
    ? t('plans.import.confirmCreate')
    : t('plans.import.confirmRevise', { number: (preview.baseRevision ?? 0) + 1 });
  return (
    <form onSubmit={submit} aria-labelledby="import-confirm" data-testid="import-confirm">
      <Title order={3} size="h5" mb="xs" id="import-confirm">
        {t('plans.import.confirmHeading')}
      </Title>
      <Stack gap="sm">
        <Textarea
          label={create ? t('plans.import.noteCreate') : t('plans.import.note')}
          description={create ? t('plans.import.noteCreateHint') : t('plans.import.noteHint')}
          value={note}
          onChange={(e) => setNote(e.currentTarget.value)}
          maxLength={1000}
          autosize
          minRows={2}
          maw={640}
        />
        {preview.expiresAt ? (
          <Text size="sm" c="dimmed">
            {t('plans.import.expires', { time: f.dateTime(preview.expiresAt) })}
          </Text>
        ) : null}
        <FormError message={confirm.isError ? errorMessage(confirm.error) : null} />
        <Group gap="sm">
          <Button type="submit" loading={confirm.isPending}>
            {label}
          </Button>
          <Button variant="default" onClick={onReset} disabled={confirm.isPending}>
            {t('actions.cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
