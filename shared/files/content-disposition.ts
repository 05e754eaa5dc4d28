/**
 * A download's Content-Disposition (RFC 6266): the name in UTF-8 for browsers that read `filename*`, and the same
 * name with its letters stripped of accents for the few that do not, so "Öppna drogscener.pdf" stays readable.
 */
export function attachmentDisposition(fileName: string): string {
  const fallback = fileName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[æÆ]/g, (letter) => (letter === 'æ' ? 'ae' : 'AE'))
    .replace(/[øØ]/g, (letter) => (letter === 'ø' ? 'o' : 'O'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16)}`);
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}
