// File uploads for one route plugin: multipart forms whose fields land in request.body as plain values
// and whose one file arrives as { name, type, content }. Registered inside a plugin (after its session
// check), so nobody without access makes the server read an upload. A file is read up to the cap and
// no further (a larger one is a 413), and kept only when its content is of an accepted kind (else 415);
// `type` is then the type found in the content, never the one the browser claimed.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';
import { acceptedExtensions, checkedFileType, type UploadKind } from '../lib/file-kinds.js';
import { AppError } from '../lib/errors.js';

export async function acceptUploads(
  app: FastifyInstance,
  maxFileBytes: number,
  fields = 10,
  kind: UploadKind = 'documents',
): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: maxFileBytes, files: 1, fields },
    onFile: async (part) => {
      const name = part.filename || 'datei';
      const content = await part.toBuffer();
      // No file chosen: browsers send an empty part without a name.
      const type = content.length === 0 ? part.mimetype : await checkedFileType(kind, name, content);
      if (type === null) throw new AppError(415, 'file_type', 'upload.error.type', { types: acceptedExtensions(kind).join(', ') });
      (part as unknown as { value: unknown }).value = { name, type, content };
    },
  });
}
