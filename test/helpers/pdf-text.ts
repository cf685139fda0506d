// The text of a PDF as a reader gets it: every page through pdf.js (legacy build for Node), white space
// (no-break spaces too) folded to single spaces.
import { createRequire } from 'node:module';
import path from 'node:path';

export async function pdfText(data: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const fonts = path.join(path.dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json')), 'standard_fonts') + '/';
  const doc = await pdfjs.getDocument({ data: new Uint8Array(data), standardFontDataUrl: fonts, verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const content = await (await doc.getPage(i)).getTextContent();
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '));
  }
  await doc.destroy();
  return pages
    .join('\n')
    .replace(/\u00a0/g, ' ')
    .replace(/\s+/g, ' ');
}
