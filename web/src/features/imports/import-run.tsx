import { Alert, Button, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck, IconDownload, IconInfoCircle, IconPlayerPlay, IconPlayerStop, IconX } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Import } from '../../api/types';
import { notifyError } from '../../ui/notify';
import { formatInt } from './import-format';
import { ImportStatusBadge } from './import-status-badge';
import { cancelImport, errorReportUrl, importKey, importsKey, startImport } from './imports.api';

function Figure({ label, value, color, testId }: { label: string; value: string; color?: string; testId: string }) {
  return (
    <Paper withBorder radius="md" p="sm" data-testid={testId}>
      <Text size="xs" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text fz={22} fw={700} c={color} style={{ fontVariantNumeric: 'tabular-nums' }}>
        {value}
      </Text>
    </Paper>
  );
}

/** Rows a second: the server's figure once finished, else measured from the start. */
function useRate(imp: Import): number {
  const [now, setNow] = useState(() => Date.now());
  const running = imp.status === 'running';
  useEffect(() => {
    if (!running) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [running]);
  if (imp.summary.rowsPerSecond !== undefined) return imp.summary.rowsPerSecond;
  if (!imp.startedAt || imp.rowsProcessed === 0) return 0;
  const end = imp.finishedAt ? new Date(imp.finishedAt).getTime() : now;
  const seconds = Math.max((end - new Date(imp.startedAt).getTime()) / 1000, 0.001);
  return Math.round(imp.rowsProcessed / seconds);
}

function Counters({ imp }: { imp: Import }) {
  const { t, i18n } = useTranslation();
  const n = (v: number) => formatInt(v, i18n.language);
  const rate = useRate(imp);
  return (
    <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
      <Figure testId="import-processed" label={t('imports.run.processed')} value={n(imp.rowsProcessed)} />
      <Figure testId="import-ok" label={t('imports.run.ok')} value={n(imp.rowsOk)} color="teal.7" />
      <Figure testId="import-failed" label={t('imports.run.failed')} value={n(imp.rowsFailed)} color={imp.rowsFailed > 0 ? 'red.7' : undefined} />
      <Figure testId="import-rate" label={t('imports.run.rate')} value={n(rate)} />
    </SimpleGrid>
  );
}

/** Step 3: live progress (polled each second) with a cancel button. */
export function ImportProgress({ imp }: { imp: Import }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const cancel = useMutation({
    mutationFn: () => cancelImport(imp.id),
    onSuccess: (next) => {
      queryClient.setQueryData(importKey(imp.id), (old: object | undefined) => (old ? { ...old, ...next } : old));
      void queryClient.invalidateQueries({ queryKey: importsKey });
    },
    onError: (err) => notifyError(t, err),
  });
  return (
    <Stack gap="lg" data-testid="import-progress">
      <Group justify="space-between">
        <Group gap="xs">
          <Text fw={600}>{imp.status === 'queued' ? t('imports.run.queued') : imp.dryRun ? t('imports.run.checking') : t('imports.run.importing')}</Text>
          <ImportStatusBadge imp={imp} />
        </Group>
        <Button color="red" variant="light" leftSection={<IconPlayerStop size={16} />} loading={cancel.isPending} onClick={() => cancel.mutate()}>
          {t('imports.run.cancel')}
        </Button>
      </Group>
      <Progress value={100} striped animated size="lg" color={imp.rowsFailed > 0 ? 'orange' : 'indigo'} aria-label={t('imports.run.progress')} />
      <Counters imp={imp} />
    </Stack>
  );
}

/** Step 4: what happened, the error report, and (after a dry run) the real run. */
export function ImportResult({ imp, onEditMapping, onNew }: { imp: Import; onEditMapping: () => void; onNew: () => void }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const n = (v: number | undefined) => formatInt(v ?? 0, i18n.language);
  const runForReal = useMutation({
    mutationFn: () => startImport(imp.id, { mapping: imp.mapping, options: { ...imp.options, dryRun: false } }),
    onSuccess: (next) => {
      queryClient.setQueryData(importKey(imp.id), (old: object | undefined) => (old ? { ...old, ...next } : old));
      void queryClient.invalidateQueries({ queryKey: importsKey });
    },
    onError: (err) => notifyError(t, err),
  });

  const tone = imp.status === 'failed' ? 'red' : imp.status === 'cancelled' ? 'orange' : imp.rowsFailed > 0 ? 'yellow' : 'teal';
  const icon = imp.status === 'failed' ? <IconX size={18} /> : imp.status === 'completed' ? <IconCircleCheck size={18} /> : <IconInfoCircle size={18} />;
  const title =
    imp.status === 'completed'
      ? imp.dryRun
        ? t('imports.result.dryRunDone')
        : t('imports.result.done')
      : imp.status === 'failed'
        ? t('imports.result.failed')
        : t('imports.result.cancelled');
  const s = imp.summary;
  const extras: { key: string; label: string; value: string }[] = [];
  // Only the counters the run reported (a dry run stores nothing; events do not count customers).
  const add = (key: keyof Import['summary'], label: string, value = (v: number) => n(v)) => {
    const v = s[key];
    if (v !== undefined && !(imp.dryRun && key !== 'durationMs')) extras.push({ key, label, value: value(v) });
  };
  add('accepted', t('imports.result.accepted'));
  add('duplicate', t('imports.result.duplicate'));
  if (imp.kind === 'customers') {
    add('customersCreated', t('imports.result.customersCreated'));
    add('customersUpdated', t('imports.result.customersUpdated'));
  }
  add('durationMs', t('imports.result.duration'), (v) => t('imports.result.seconds', { n: (v / 1000).toFixed(1) }));

  return (
    <Stack gap="lg" data-testid="import-result">
      <Alert color={tone} variant="light" icon={icon} title={title}>
        <Stack gap={4}>
          <Text size="sm">
            {imp.status === 'completed'
              ? t(imp.dryRun ? 'imports.result.dryRunSummary' : 'imports.result.summary', { ok: n(imp.rowsOk), failed: n(imp.rowsFailed), count: imp.rowsProcessed })
              : imp.message || t('imports.result.stoppedAt', { n: n(imp.rowsProcessed) })}
          </Text>
          {imp.dryRun && imp.status === 'completed' && <Text size="sm">{t('imports.result.dryRunNothingStored')}</Text>}
        </Stack>
      </Alert>
      <Counters imp={imp} />
      {extras.length > 0 && (
        <Group gap="xl" data-testid="import-summary">
          {extras.map((e) => (
            <Stack key={e.key} gap={0}>
              <Text size="xs" c="dimmed">
                {e.label}
              </Text>
              <Text fw={600}>{e.value}</Text>
            </Stack>
          ))}
        </Group>
      )}
      <Group justify="space-between">
        <Group gap="sm">
          {imp.rowsFailed > 0 && (
            <Button component="a" href={errorReportUrl(imp.id)} download variant="light" color="red" leftSection={<IconDownload size={16} />}>
              {t('imports.result.downloadErrors')}
            </Button>
          )}
          <Button variant="default" onClick={onEditMapping}>
            {t('imports.result.editMapping')}
          </Button>
          <Button variant="subtle" onClick={onNew}>
            {t('imports.result.newImport')}
          </Button>
        </Group>
        {imp.dryRun && imp.status === 'completed' && (
          <Button leftSection={<IconPlayerPlay size={16} />} loading={runForReal.isPending} onClick={() => runForReal.mutate()}>
            {t('imports.result.runForReal')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
