// File uploads for one route plugin: multipart forms whose fields land in request.body as plain values
// and whose one file arrives as { name, type, content }. Registered inside a plugin (after its session
// check), so nobody without access makes the server read an upload.
import multipart from '@fastify/multipart';
import type { FastifyInstance } from 'fastify';

export async function acceptUploads(app: FastifyInstance, maxFileBytes: number, fields = 10): Promise<void> {
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    limits: { fileSize: maxFileBytes, files: 1, fields },
    onFile: async (part) => {
      (part as unknown as { value: unknown }).value = { name: part.filename || 'datei', type: part.mimetype, content: await part.toBuffer() };
    },
  });
}
