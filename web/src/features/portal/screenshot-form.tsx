import { Button, FileButton, Group, Image, Paper, Progress, Stack, Text, Textarea, Title } from '@mantine/core';
import { IconPhotoUp } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../../ui/form-parts';
import { errorMessage } from '../../ui/error-message';
import { notifySuccess } from '../../ui/notify';
import { publicTicketKey } from './portal.api';
import { SCREENSHOT_TYPES, screenshotProblem, uploadScreenshot } from './screenshot-upload';

const sizeOf = (bytes: number) => (bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

/**
 * "Add a screenshot" on the status page: pick or drop an image (PNG, JPEG, WebP, GIF, up to
 * 5 MB, checked here before sending), see it, add a note, send it with a progress bar.
 */
export function ScreenshotForm({ token }: { token: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const [preview, setPreview] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [failure, setFailure] = useState<string | null>(null);
  const [progress, setProgress] = useState(0);
  const [dragging, setDragging] = useState(false);

  useEffect(() => {
    if (!file) return setPreview(null);
    const url = URL.createObjectURL(file);
    setPreview(url);
    return () => URL.revokeObjectURL(url);
  }, [file]);

  const choose = (picked: File | null | undefined) => {
    if (!picked) return;
    const problem = screenshotProblem(picked);
    setFailure(problem ? t(`portal.screenshot.problem.${problem}`) : null);
    setFile(problem ? null : picked);
  };
  const send = useMutation({
    mutationFn: () => {
      setProgress(0);
      return uploadScreenshot(token, file!, note, setProgress);
    },
    onSuccess: (answer) => {
      setFile(null);
      setNote('');
      notifySuccess(answer.claim === 'proof_received' ? t('portal.screenshot.proofReceived') : t('portal.screenshot.sent'));
      void queryClient.invalidateQueries({ queryKey: publicTicketKey(token) });
    },
    onError: (err) => setFailure(errorMessage(t, err)),
  });
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setDragging(false);
    if (!send.isPending) choose(e.dataTransfer.files[0]);
  };

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="screenshot-title">
      <Stack gap="sm">
        <Title order={3} id="screenshot-title">
          {t('portal.screenshot.title')}
        </Title>
        <FormError message={failure} />
        <Stack
          align="center"
          gap={6}
          p="md"
          data-testid="screenshot-drop"
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{ border: `2px dashed var(--mantine-color-${dragging ? 'indigo-5' : 'gray-4'})`, borderRadius: 'var(--mantine-radius-md)', background: dragging ? 'var(--mantine-color-indigo-0)' : undefined }}
        >
          {preview && file ? (
            <>
              <Image src={preview} alt={t('portal.screenshot.preview')} mah={240} w="auto" fit="contain" radius="sm" />
              <Text size="sm">
                {file.name} · {sizeOf(file.size)}
              </Text>
            </>
          ) : (
            <>
              <IconPhotoUp size={28} color="var(--mantine-color-gray-6)" aria-hidden />
              <Text size="sm">{t('portal.screenshot.drop')}</Text>
            </>
          )}
          <Text size="xs" c="dimmed">
            {t('portal.screenshot.hint')}
          </Text>
          <FileButton onChange={choose} accept={SCREENSHOT_TYPES.join(',')} disabled={send.isPending}>
            {(props) => (
              <Button variant="light" size="xs" {...props}>
                {file ? t('portal.screenshot.change') : t('portal.screenshot.choose')}
              </Button>
            )}
          </FileButton>
        </Stack>
        {file && (
          <>
            <Textarea label={t('portal.screenshot.note')} autosize minRows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
            {send.isPending && <Progress value={progress} animated aria-label={t('portal.screenshot.uploading')} />}
            <Group>
              <Button
                loading={send.isPending}
                onClick={() => {
                  setFailure(null);
                  send.mutate();
                }}
              >
                {t('portal.screenshot.send')}
              </Button>
              <Button variant="subtle" color="gray" disabled={send.isPending} onClick={() => setFile(null)}>
                {t('portal.screenshot.remove')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Paper>
  );
}
