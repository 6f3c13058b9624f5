import { Anchor, Group, Image, Loader, Paper, Text } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, apiUrl } from '../../api/client';
import { ticketKey } from './tickets.api';

interface TicketAttachment {
  id: string;
  ticketId: string;
  messageId: string | null;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
}

const IMAGE_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);
const downloadUrl = (a: TicketAttachment) => apiUrl(`/tickets/${a.ticketId}/attachments/${a.id}`);

/** A ticket's attachments, shared by every message of the conversation (one request per ticket; a new message mounting refetches). */
function useTicketAttachments(ticketId: string) {
  return useQuery({
    queryKey: [...ticketKey(ticketId), 'attachments'],
    queryFn: () => api.get<{ items: TicketAttachment[] }>(`/tickets/${ticketId}/attachments`).then((p) => p.items),
    staleTime: 0,
  });
}

/**
 * An image attachment as a thumbnail that opens full size in a new tab. The download answers
 * `content-disposition: attachment` behind the session, so the bytes are fetched once and shown
 * from a blob address (which a new tab displays instead of downloading).
 */
function ImageThumb({ attachment }: { attachment: TicketAttachment }) {
  const { t } = useTranslation();
  const [url, setUrl] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    let objectUrl: string | null = null;
    let live = true;
    fetch(downloadUrl(attachment), { credentials: 'same-origin' })
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => {
        objectUrl = URL.createObjectURL(blob);
        if (live) setUrl(objectUrl);
      })
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [attachment]);
  if (failed) return <FileLink attachment={attachment} />;
  if (!url) return <Loader size="xs" aria-label={attachment.filename} />;
  return (
    <Anchor href={url} target="_blank" rel="noopener" title={t('portal.attachments.open', { name: attachment.filename })} data-testid="attachment-thumb">
      <Paper withBorder radius="sm" p={2}>
        <Image src={url} alt={attachment.filename} h={96} w="auto" maw={160} fit="contain" radius="sm" />
      </Paper>
    </Anchor>
  );
}

function FileLink({ attachment }: { attachment: TicketAttachment }) {
  return (
    <Anchor href={downloadUrl(attachment)} size="sm" data-testid="attachment-file">
      <Group gap={4} wrap="nowrap">
        <IconPaperclip size={14} aria-hidden />
        <Text size="sm" span>
          {attachment.filename}
        </Text>
      </Group>
    </Anchor>
  );
}

/** The files that came with one message: images as thumbnails, anything else as a download link. */
export function AttachmentThumbs({ ticketId, messageId }: { ticketId: string; messageId: string }) {
  const { data } = useTicketAttachments(ticketId);
  const mine = (data ?? []).filter((a) => a.messageId === messageId);
  if (mine.length === 0) return null;
  return (
    <Group gap="xs" mt="xs" data-testid="attachments">
      {mine.map((a) => (IMAGE_TYPES.has(a.contentType) ? <ImageThumb key={a.id} attachment={a} /> : <FileLink key={a.id} attachment={a} />))}
    </Group>
  );
}
