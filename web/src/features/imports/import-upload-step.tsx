import { Button, Group, Paper, Progress, SegmentedControl, Stack, Text } from '@mantine/core';
import { IconFileTypeCsv, IconUpload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportKind, ImportWithPreview } from '../../api/types';
import { ErrorAlert } from '../../ui/error-alert';
import { formatBytes } from './import-format';
import { uploadImport } from './imports.api';

/** Step 1: what the file holds (events or customers) and the file itself, dropped or picked. */
export function ImportUploadStep({ onUploaded }: { onUploaded: (created: ImportWithPreview) => void }) {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('events');
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState(0);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const upload = useMutation({
    mutationFn: (f: File) => {
      setProgress(0);
      return uploadImport(kind, f, setProgress);
    },
    onSuccess: onUploaded,
  });

  const choose = (f: File | undefined | null) => {
    if (!f) return;
    setFile(f);
    upload.reset();
  };
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    choose(e.dataTransfer.files[0]);
  };

  return (
    <Stack gap="lg">
      <Stack gap={6}>
        <Text fw={600} size="sm">
          {t('imports.upload.kind')}
        </Text>
        <SegmentedControl
          w="fit-content"
          value={kind}
          onChange={(v) => setKind(v as ImportKind)}
          data={[
            { value: 'events', label: t('imports.kinds.events') },
            { value: 'customers', label: t('imports.kinds.customers') },
          ]}
          data-testid="import-kind"
        />
        <Text size="xs" c="dimmed">
          {t(`imports.upload.kindHint.${kind}`)}
        </Text>
      </Stack>
      <Paper
        withBorder
        radius="md"
        p="xl"
        role="button"
        tabIndex={0}
        aria-label={t('imports.upload.drop')}
        data-testid="import-dropzone"
        onClick={() => input.current?.click()}
        onKeyDown={(e) => {
          if (e.key === 'Enter' || e.key === ' ') {
            e.preventDefault();
            input.current?.click();
          }
        }}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        style={{
          borderStyle: 'dashed',
          borderWidth: 2,
          cursor: 'pointer',
          borderColor: dragging ? 'var(--mantine-color-indigo-5)' : undefined,
          background: dragging ? 'var(--mantine-color-indigo-0)' : 'var(--mantine-color-gray-0)',
        }}
      >
        <Stack align="center" gap={6}>
          <IconFileTypeCsv size={40} color="var(--mantine-color-indigo-6)" />
          <Text fw={600}>{file ? file.name : t('imports.upload.drop')}</Text>
          <Text size="sm" c="dimmed">
            {file ? formatBytes(file.size) : t('imports.upload.dropHint')}
          </Text>
        </Stack>
        <input
          ref={input}
          type="file"
          accept=".csv,.txt,.tsv,text/csv,text/plain"
          hidden
          data-testid="import-file-input"
          onChange={(e) => {
            choose(e.currentTarget.files?.[0]);
            e.currentTarget.value = '';
          }}
        />
      </Paper>
      {upload.isPending && (
        <Stack gap={4}>
          <Progress value={Math.round(progress * 100)} animated striped aria-label={t('imports.upload.uploading')} />
          <Text size="xs" c="dimmed">
            {t('imports.upload.progress', { percent: Math.round(progress * 100) })}
          </Text>
        </Stack>
      )}
      {upload.error && <ErrorAlert error={upload.error} />}
      <Group justify="flex-end">
        <Button leftSection={<IconUpload size={16} />} disabled={!file} loading={upload.isPending} onClick={() => file && upload.mutate(file)}>
          {t('imports.upload.submit')}
        </Button>
      </Group>
    </Stack>
  );
}
