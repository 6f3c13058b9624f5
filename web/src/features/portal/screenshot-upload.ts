import { API_BASE } from '../../api/client';
import { ApiError, apiErrorFrom } from '../../api/api-error';

// The status page's screenshot upload (docs/service-portal.md): base64 in JSON, sent with
// XMLHttpRequest because fetch reports no upload progress.

/** What the server keeps; the same limits are checked here first so the player hears at once. */
export const SCREENSHOT_TYPES = ['image/png', 'image/jpeg', 'image/webp', 'image/gif'];
export const SCREENSHOT_MAX_BYTES = 5 * 1024 * 1024;

export type ScreenshotProblem = 'type' | 'size' | 'empty';

/** Why a chosen file cannot be sent, or null when it can. */
export function screenshotProblem(file: File): ScreenshotProblem | null {
  // Some sources (drags from other apps) give no type: then the name decides here, the bytes on the server.
  const image = file.type ? SCREENSHOT_TYPES.includes(file.type) : /\.(png|jpe?g|webp|gif)$/i.test(file.name);
  if (!image) return 'type';
  if (file.size === 0) return 'empty';
  if (file.size > SCREENSHOT_MAX_BYTES) return 'size';
  return null;
}

export interface ScreenshotAnswer {
  id: string;
  messageId: string;
  filename: string;
  contentType: string;
  size: number;
  createdAt: string;
  claim: 'proof_received' | null;
}

function base64Of(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(new ApiError({ status: 0, code: 'network_error', title: 'The file could not be read' }));
    reader.readAsDataURL(file);
  });
}

/** Sends the screenshot (and the player's note) to the ticket; `onProgress` gets 0-100. */
export async function uploadScreenshot(token: string, file: File, note: string, onProgress: (percent: number) => void): Promise<ScreenshotAnswer> {
  const body = JSON.stringify({ filename: file.name, ...(file.type ? { contentType: file.type } : {}), content: await base64Of(file), ...(note.trim() ? { note: note.trim() } : {}) });
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `${API_BASE}/public/tickets/${encodeURIComponent(token)}/attachments`);
    xhr.setRequestHeader('content-type', 'application/json');
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) onProgress(Math.round((e.loaded / e.total) * 100));
    };
    xhr.onerror = () => reject(new ApiError({ status: 0, code: 'network_error', title: 'Network error' }));
    xhr.onload = () => {
      if (xhr.status >= 200 && xhr.status < 300) return resolve(JSON.parse(xhr.responseText) as ScreenshotAnswer);
      const headers = { 'content-type': xhr.getResponseHeader('content-type') ?? 'application/json' };
      void apiErrorFrom(new Response(xhr.responseText, { status: xhr.status, headers })).then(reject);
    };
    xhr.send(body);
  });
}
