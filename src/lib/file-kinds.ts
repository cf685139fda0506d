// Which files we take, judged by their content, not by the name or type the browser claims: office
// documents, PDF and images for documentation and advisory cases; plain text (CSV) for imports. The
// name's extension must fit the content, so that `plan.pdf.exe` or an HTML page called `bild.png`
// never lands in storage. Stored files are always served as downloads (see network.routes sendFile).

export type UploadKind = 'documents' | 'text';

const DOCUMENTS: Record<string, string[]> = {
  pdf: ['pdf'],
  png: ['png'],
  jpg: ['jpg', 'jpeg'],
  gif: ['gif'],
  webp: ['webp'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  pptx: ['pptx'],
  odt: ['odt'],
  ods: ['ods'],
  odp: ['odp'],
};
const TEXT_EXTENSIONS = ['csv', 'txt'];

/** The extensions a kind accepts, for the error message. */
export function acceptedExtensions(kind: UploadKind): string[] {
  return kind === 'text' ? TEXT_EXTENSIONS : [...Object.values(DOCUMENTS).flat(), ...TEXT_EXTENSIONS];
}

const extensionOf = (name: string) => (/\.([a-z0-9]{1,8})$/i.exec(name)?.[1] ?? '').toLowerCase();
/** Names with an executable-looking middle part (x.php.png, rechnung.pdf.exe) are refused outright. */
const DOUBLE_EXTENSION = /\.(exe|com|bat|cmd|js|mjs|vbs|ps1|sh|php\d?|phtml|html?|svg|xhtml|jar|msi|scr|hta)\./i;

function isPlainText(content: Buffer): boolean {
  if (content.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(content);
    return true;
  } catch {
    // Windows-1252 CSV from spreadsheet programs: no control characters but tab and line breaks.
    return !content.some((b) => b < 9 || (b > 13 && b < 32));
  }
}

/** The file's real MIME type if the kind allows it and its name fits; null otherwise. */
export async function checkedFileType(kind: UploadKind, name: string, content: Buffer): Promise<string | null> {
  if (DOUBLE_EXTENSION.test(name)) return null;
  const extension = extensionOf(name);
  // file-type loads with the first upload.
  const { fileTypeFromBuffer } = await import('file-type');
  const detected = await fileTypeFromBuffer(content);
  if (!detected)
    return TEXT_EXTENSIONS.includes(extension) && isPlainText(content) ? (extension === 'csv' ? 'text/csv' : 'text/plain') : null;
  if (kind === 'text') return null;
  const allowed = DOCUMENTS[detected.ext];
  return allowed?.includes(extension) ? detected.mime : null;
}
