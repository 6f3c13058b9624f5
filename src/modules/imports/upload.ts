import { createHash, randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../../platform/http/app-error';

/** The largest CSV file `POST /imports` accepts. */
export const MAX_UPLOAD_BYTES = 200 * 1024 * 1024;

/** Media types taken as CSV uploads. */
export const CSV_MEDIA_TYPES = ['text/csv', 'application/csv'];

/** A request body streamed to disk: where it is, how big, and its SHA-256. */
export interface StoredUpload {
  path: string;
  size: number;
  sha256: string;
}

/**
 * Streams `input` into a new file under `dir`, hashing it on the way, and refuses it with
 * 413 `payload_too_large` once it passes `limit` bytes. Like Fastify's own body limit, it
 * then stops listening rather than destroying the request, so the client still gets the
 * answer; the partial file is removed.
 * @example const upload = await storeUpload(request.raw, path.join(uploadDir, 'incoming'), MAX_UPLOAD_BYTES)
 */
export async function storeUpload(input: NodeJS.ReadableStream, dir: string, limit: number): Promise<StoredUpload> {
  await fs.promises.mkdir(dir, { recursive: true });
  const file = path.join(dir, `${randomUUID()}.part`);
  const out = fs.createWriteStream(file);
  const hash = createHash('sha256');
  let size = 0;
  try {
    await new Promise<void>((resolve, reject) => {
      const stop = (err?: unknown) => {
        input.removeListener('data', onData);
        input.removeListener('end', onEnd);
        input.removeListener('error', stop);
        input.removeListener('close', onClose);
        if (err) reject(err);
      };
      const onData = (chunk: Buffer) => {
        size += chunk.length;
        if (size > limit) return stop(new AppError('payload_too_large', `The file is larger than ${limit} bytes`));
        hash.update(chunk);
        if (!out.write(chunk)) {
          input.pause();
          out.once('drain', () => input.resume());
        }
      };
      const onEnd = () => {
        stop();
        out.end(() => resolve());
      };
      const onClose = () => stop(new Error('the upload was interrupted'));
      input.on('data', onData);
      input.once('end', onEnd);
      input.once('error', stop);
      input.once('close', onClose);
      out.once('error', stop);
    });
  } catch (err) {
    // Remove the partial file once the write stream has let go of it.
    await new Promise<void>((resolve) => out.destroy().once('close', () => resolve()));
    await fs.promises.rm(file, { force: true });
    throw err;
  }
  return { path: file, size, sha256: hash.digest('hex') };
}

/**
 * Makes `app` (an encapsulated scope holding only the upload route) take CSV bodies as files
 * on disk, within the route's body limit. JSON is still parsed under the app's usual limit,
 * so malformed or oversize JSON gets the usual answers, and then refused as 415: the route
 * wants the file itself, not a JSON description of it.
 */
export function acceptCsvUploads(app: FastifyInstance, incomingDir: string, jsonLimit: number): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser(CSV_MEDIA_TYPES, async (request: FastifyRequest, payload: NodeJS.ReadableStream) => {
    const limit = request.routeOptions.bodyLimit ?? MAX_UPLOAD_BYTES;
    const declared = Number(request.headers['content-length']);
    if (declared > limit) throw new AppError('payload_too_large', `The file is larger than ${limit} bytes`);
    return storeUpload(payload, incomingDir, limit);
  });
  // A body stored but never taken over by the handler (query invalid, handler failed) is removed.
  app.addHook('onSend', async (request, _reply, payload) => {
    if (isStoredUpload(request.body)) await fs.promises.rm(request.body.path, { force: true });
    return payload;
  });
  app.addContentTypeParser('application/json', { parseAs: 'string', bodyLimit: jsonLimit }, (_request, body, done) => {
    try {
      JSON.parse(body as string);
    } catch {
      return done(new AppError('malformed_json'), undefined);
    }
    done(new AppError('unsupported_media_type', 'Send the CSV file itself as the body, with content-type text/csv'), undefined);
  });
}

/** Whether a parsed body is a stored upload (and not anything else a client could send). */
export function isStoredUpload(body: unknown): body is StoredUpload {
  return typeof body === 'object' && body !== null && typeof (body as StoredUpload).path === 'string' && typeof (body as StoredUpload).sha256 === 'string';
}

/** Size and SHA-256 of a file already on disk (the CLI imports files in place). */
export async function describeFile(filePath: string): Promise<StoredUpload> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of fs.createReadStream(filePath) as AsyncIterable<Buffer>) {
    size += chunk.length;
    hash.update(chunk);
  }
  return { path: path.resolve(filePath), size, sha256: hash.digest('hex') };
}

/** Newlines in a file: a quick estimate of its row count for a progress bar. */
export async function countLines(filePath: string): Promise<number> {
  let lines = 0;
  for await (const chunk of fs.createReadStream(filePath) as AsyncIterable<Buffer>) {
    for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
  }
  return lines;
}
