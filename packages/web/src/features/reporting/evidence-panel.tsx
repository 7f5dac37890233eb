import { Anchor, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { IconCheck, IconDownload, IconUpload, IconX } from '@tabler/icons-react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { api } from '../../app/api/client.js';
import { ConfirmButton } from '../../shared/confirm-button.js';
import { useFormat } from '../../shared/format.js';
import { errorMessage } from '../../shared/query-state.js';
import { reportKeys, reportsApi } from './api.js';
import { useNumbers } from './numbers.js';
import type { ReportDetail } from './types.js';

/**
 * What the server accepts (reporting/evidence-file-types.ts, recognised there by content). The
 * list only guides the file picker and spares a slow upload the server would refuse anyway.
 */
const ACCEPTED = ['pdf', 'jpg', 'jpeg', 'png', 'webp', 'docx', 'xlsx', 'odt', 'ods', 'doc', 'xls'];
const ACCEPTED_LABEL = 'PDF, JPEG, PNG, WebP, DOCX, XLSX, ODT, ODS, DOC, XLS';
/** The server's default (SIGAP_EVIDENCE_MAX_BYTES) when the installation does not say. */
const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

const Limits = z.object({ evidenceMaxBytes: z.number().int().positive().optional() });

function useMaxBytes(): number {
  const settings = useQuery({
    queryKey: ['settings', 'evidence'],
    queryFn: () => api.get('/api/settings', Limits),
    staleTime: Number.POSITIVE_INFINITY,
  });
  return settings.data?.evidenceMaxBytes ?? DEFAULT_MAX_BYTES;
}

type Upload = {
  key: string;
  name: string;
  size: number;
  status: 'uploading' | 'done' | 'failed';
  message?: string;
};

export function EvidencePanel({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  return (
    <Paper
      withBorder
      p="md"
      component="section"
      aria-labelledby="evidence-heading"
      data-testid="evidence-panel"
    >
      <Title order={2} size="h4" id="evidence-heading" mb="sm">
        {t('reporting.evidence.heading')}
      </Title>
      <EvidenceList report={report} />
      {report.may.edit ? <EvidenceUpload report={report} /> : null}
    </Paper>
  );
}

function EvidenceList({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const n = useNumbers();
  const queryClient = useQueryClient();
  if (report.evidence.length === 0)
    return (
      <Text size="sm" mb="sm">
        {t('reporting.evidence.none')}
      </Text>
    );
  return (
    <Stack
      gap="xs"
      component="ul"
      m={0}
      p={0}
      mb="md"
      style={{ listStyle: 'none' }}
      data-testid="evidence-list"
    >
      {report.evidence.map((e) => (
        <Group
          component="li"
          key={e.id}
          justify="space-between"
          gap="xs"
          wrap="wrap"
          py={4}
          style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}
        >
          <Stack gap={0} style={{ minWidth: 0, flex: '1 1 14rem' }}>
            <Anchor
              href={e.downloadUrl}
              download={e.fileName}
              className="wrap-anywhere"
              fw={600}
              size="sm"
            >
              <IconDownload
                size={14}
                aria-hidden="true"
                style={{ verticalAlign: 'middle', marginRight: 4 }}
              />
              {e.fileName}
            </Anchor>
            <Text size="xs" c="dimmed">
              {e.uploadedBy
                ? t('reporting.evidence.meta', {
                    size: n.bytes(e.sizeBytes),
                    who: e.uploadedBy.name,
                    when: fmt.dateTime(e.createdAt),
                  })
                : t('reporting.evidence.metaNoUser', {
                    size: n.bytes(e.sizeBytes),
                    when: fmt.dateTime(e.createdAt),
                  })}
            </Text>
          </Stack>
          {report.may.edit ? (
            <ConfirmButton
              size="xs"
              danger
              message={t('reporting.evidence.removeConfirm', { name: e.fileName })}
              confirmLabel={t('reporting.evidence.remove')}
              aria-label={`${t('reporting.evidence.remove')}: ${e.fileName}`}
              onConfirm={async () => {
                await reportsApi.removeEvidence(e.id);
                await queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
              }}
            >
              {t('reporting.evidence.remove')}
            </ConfirmButton>
          ) : null}
        </Group>
      ))}
    </Stack>
  );
}

function EvidenceUpload({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const queryClient = useQueryClient();
  const maxBytes = useMaxBytes();
  const inputId = useId();
  const [uploads, setUploads] = useState<Upload[]>([]);
  const [over, setOver] = useState(false);

  const patch = (key: string, change: Partial<Upload>) =>
    setUploads((prev) => prev.map((u) => (u.key === key ? { ...u, ...change } : u)));

  /** Checks what can be checked here, then sends the files one by one (slow links: one at a time). */
  async function send(files: File[]) {
    const batch = files.map((f, i) => ({ file: f, key: `${Date.now()}-${i}-${f.name}` }));
    setUploads((prev) => [
      ...batch.map(({ file, key }) => ({
        key,
        name: file.name,
        size: file.size,
        status: 'uploading' as const,
      })),
      ...prev,
    ]);
    for (const { file, key } of batch) {
      const ext = file.name.includes('.') ? (file.name.split('.').pop() ?? '').toLowerCase() : '';
      if (!ACCEPTED.includes(ext)) {
        patch(key, {
          status: 'failed',
          message: t('reporting.evidence.wrongType', { types: ACCEPTED_LABEL }),
        });
        continue;
      }
      if (file.size > maxBytes) {
        patch(key, {
          status: 'failed',
          message: t('reporting.evidence.tooLarge', { max: n.bytes(maxBytes) }),
        });
        continue;
      }
      try {
        await reportsApi.uploadEvidence(report.id, file);
        patch(key, { status: 'done' });
      } catch (e) {
        patch(key, { status: 'failed', message: errorMessage(e) });
      }
    }
    await queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
  }

  const onDrop = (e: DragEvent<HTMLDivElement>) => {
    e.preventDefault();
    setOver(false);
    const files = [...e.dataTransfer.files];
    if (files.length > 0) void send(files);
  };

  return (
    <Stack gap="xs">
      <Box
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        p="md"
        style={{
          border: `2px dashed var(--mantine-color-${over ? 'indigo-8' : 'gray-5'})`,
          borderRadius: 8,
          background: over ? 'var(--mantine-color-indigo-0)' : undefined,
        }}
        data-testid="evidence-dropzone"
      >
        <Stack gap={6} align="flex-start">
          <Text size="sm" fw={600}>
            <IconUpload
              size={16}
              aria-hidden="true"
              style={{ verticalAlign: 'middle', marginRight: 6 }}
            />
            {t('reporting.evidence.drop')}
          </Text>
          <label htmlFor={inputId} style={{ fontSize: 'var(--mantine-font-size-sm)' }}>
            {t('reporting.evidence.choose')}
          </label>
          <input
            id={inputId}
            type="file"
            multiple
            accept={ACCEPTED.map((e) => `.${e}`).join(',')}
            aria-describedby={`${inputId}-limits`}
            style={{ maxWidth: '100%' }}
            onChange={(e) => {
              const files = [...(e.currentTarget.files ?? [])];
              e.currentTarget.value = '';
              if (files.length > 0) void send(files);
            }}
            data-testid="evidence-input"
          />
          <Text size="xs" id={`${inputId}-limits`}>
            {t('reporting.evidence.limits', { types: ACCEPTED_LABEL, max: n.bytes(maxBytes) })}
          </Text>
        </Stack>
      </Box>
      {uploads.length > 0 ? (
        <List
          spacing={4}
          size="sm"
          listStyleType="none"
          aria-live="polite"
          data-testid="upload-results"
        >
          {uploads.map((u) => (
            <List.Item key={u.key}>
              <Group gap={6} wrap="nowrap" align="flex-start">
                {u.status === 'done' ? (
                  <IconCheck size={16} color="var(--mantine-color-teal-9)" aria-hidden="true" />
                ) : u.status === 'failed' ? (
                  <IconX size={16} color="var(--mantine-color-red-9)" aria-hidden="true" />
                ) : null}
                <Text
                  size="sm"
                  className="wrap-anywhere"
                  c={u.status === 'failed' ? 'red.9' : undefined}
                >
                  {u.status === 'uploading'
                    ? t('reporting.evidence.uploading', { name: u.name })
                    : u.status === 'done'
                      ? t('reporting.evidence.uploaded', { name: u.name })
                      : `${u.name}: ${u.message ?? ''}`}
                </Text>
              </Group>
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  );
}
