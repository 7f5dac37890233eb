import { Box, Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../shared/form-parts.js';
import { useFormat } from '../../shared/format.js';
import { errorMessage } from '../../shared/query-state.js';
import { reportKeys, reportsApi } from './api.js';
import type { CommentView, ReportDetail } from './types.js';

/** The discussion between reporter and verifiers: threads, each reply under its parent. */
export function ReportComments({ report }: { report: ReportDetail }) {
  const { t } = useTranslation();
  const [replyTo, setReplyTo] = useState<string | null>(null);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="comments-heading">
      <Title order={2} size="h4" id="comments-heading" mb="sm">
        {t('reporting.comments.heading', { count: report.comments.length })}
      </Title>
      {report.comments.length === 0 ? (
        <Text size="sm" mb="sm">
          {t('reporting.comments.none')}
        </Text>
      ) : (
        <Stack
          gap="sm"
          component="ul"
          m={0}
          p={0}
          mb="md"
          style={{ listStyle: 'none' }}
          data-testid="report-comments"
        >
          {report.comments.map((c) => (
            <CommentItem
              key={c.id}
              comment={c}
              report={report}
              replying={replyTo === c.id}
              onReply={() => setReplyTo(replyTo === c.id ? null : c.id)}
              onDone={() => setReplyTo(null)}
            />
          ))}
        </Stack>
      )}
      {report.may.comment ? <CommentForm report={report} parentId={null} /> : null}
    </Paper>
  );
}

function CommentItem(props: {
  comment: CommentView;
  report: ReportDetail;
  replying: boolean;
  onReply: () => void;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const fmt = useFormat();
  const { comment: c } = props;
  // indentation stops growing on a phone: deep threads must not push the page sideways
  const indent = Math.min(c.depth, 4);
  return (
    <Box
      component="li"
      pl={`calc(${indent} * var(--mantine-spacing-md))`}
      style={{ borderLeft: c.depth > 0 ? '2px solid var(--mantine-color-gray-3)' : undefined }}
    >
      <Group gap="xs" wrap="wrap">
        <Text size="sm" fw={600}>
          {c.author.name}
        </Text>
        <Text size="xs" c="dimmed">
          {fmt.dateTime(c.createdAt)}
        </Text>
      </Group>
      <Text size="sm" className="wrap-anywhere" style={{ whiteSpace: 'pre-wrap' }}>
        {c.body}
      </Text>
      {props.report.may.comment ? (
        <Button
          variant="subtle"
          size="compact-xs"
          onClick={props.onReply}
          aria-expanded={props.replying}
          aria-label={t('reporting.comments.replyTo', { name: c.author.name })}
        >
          {t('reporting.comments.reply')}
        </Button>
      ) : null}
      {props.replying ? (
        <CommentForm report={props.report} parentId={c.id} onDone={props.onDone} />
      ) : null}
    </Box>
  );
}

function CommentForm({
  report,
  parentId,
  onDone,
}: {
  report: ReportDetail;
  parentId: string | null;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [body, setBody] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function send(e: React.FormEvent) {
    e.preventDefault();
    setError(null);
    if (body.trim() === '') {
      setError(t('reporting.comments.empty'));
      return;
    }
    setBusy(true);
    try {
      await reportsApi.comment(report.id, body.trim(), parentId);
      setBody('');
      await queryClient.invalidateQueries({ queryKey: reportKeys.detail(report.id) });
      onDone?.();
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      onSubmit={(e) => void send(e)}
      noValidate
      aria-label={parentId ? t('reporting.comments.reply') : t('reporting.comments.add')}
    >
      <Stack gap="xs" mt="xs">
        <Textarea
          label={parentId ? t('reporting.comments.replyLabel') : t('reporting.comments.label')}
          autosize
          minRows={2}
          maxRows={8}
          value={body}
          onChange={(e) => setBody(e.currentTarget.value)}
          data-autofocus={parentId ? true : undefined}
        />
        <FormError message={error} />
        <Group justify="flex-end">
          <Button type="submit" size="xs" loading={busy}>
            {parentId ? t('reporting.comments.sendReply') : t('reporting.comments.send')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
