// Static files: KERN UX (CSS, fonts), Leaflet and its marker clusters for maps, and Lotse's own small CSS and JS.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance } from 'fastify';
import fp from 'fastify-plugin';

const packageDir = (pkg: string) => path.dirname(fileURLToPath(import.meta.resolve(`${pkg}/package.json`)));

export default fp(async (app: FastifyInstance) => {
  const maxAge = app.config.env === 'production' ? '1d' : 0;
  await app.register(fastifyStatic, {
    root: path.join(path.dirname(fileURLToPath(import.meta.url)), '../views/assets'),
    prefix: '/assets/',
    maxAge,
  });
  await app.register(fastifyStatic, {
    root: path.join(packageDir('@kern-ux/native'), 'dist'),
    prefix: '/assets/kern/',
    decorateReply: false,
    maxAge,
  });
  await app.register(fastifyStatic, {
    root: path.join(packageDir('leaflet'), 'dist'),
    prefix: '/assets/leaflet/',
    decorateReply: false,
    maxAge,
  });
  await app.register(fastifyStatic, {
    root: path.join(packageDir('leaflet.markercluster'), 'dist'),
    prefix: '/assets/markercluster/',
    decorateReply: false,
    maxAge,
  });
});
