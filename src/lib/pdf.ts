// An A4 PDF document with Lotse's margins and metadata, and the finished file once it is ended. pdfkit is
// large and only some downloads need it: loaded on first use.
export async function openPdf(title: string, lang: string) {
  const { default: PDFDocument } = await import('pdfkit');
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 56, bottom: 56, left: 50, right: 50 },
    info: { Title: title, Author: 'Lotse' },
    lang,
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  return { doc, done };
}
