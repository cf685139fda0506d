// Files in advisory cases: taken from a multipart form, given back only as downloads.
import type { FastifyReply } from 'fastify';
import type { UploadedFile } from './advisory.service.js';

export const MAX_CASE_FILE = 10 * 1024 * 1024;

/** A file from a multipart form, or null when none was chosen. */
export function uploaded(value: unknown): UploadedFile | null {
  const f = value as UploadedFile | undefined;
  return f && Buffer.isBuffer(f.content) && f.content.length > 0 ? f : null;
}

/** Files are always downloads, never shown inline: an uploaded HTML page cannot run on our origin. */
export function sendFile(reply: FastifyReply, file: { name: string; content: Buffer }) {
  return reply
    .header('cache-control', 'no-store')
    .header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(file.name)}`)
    .header('x-content-type-options', 'nosniff')
    .type('application/octet-stream')
    .send(file.content);
}
