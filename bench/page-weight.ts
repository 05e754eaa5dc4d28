import { gzipSync } from 'node:zlib';

export interface PageWeight {
  page: string;
  path: string;
  status: number;
  /** Status line, headers and body of the HTML response, as served (the local server does not compress). */
  htmlBytes: number;
  /** The linked stylesheets, which a first visit also fetches. */
  stylesheetBytes: number;
  /** HTML and stylesheets: what a first visit transfers. */
  firstVisitBytes: number;
  /** The same, gzip-compressed, as CloudFront would send it to a browser that accepts gzip. */
  firstVisitGzipBytes: number;
  scripts: number;
}

/** Fetches each page and its stylesheets over HTTP and weighs what a browser's first visit would transfer. */
export async function measurePageWeights(
  baseUrl: string,
  pages: readonly { page: string; path: string }[],
): Promise<PageWeight[]> {
  const weights: PageWeight[] = [];
  for (const { page, path } of pages) {
    const html = await fetchWhole(new URL(path, baseUrl));
    const text = html.body.toString('utf8');
    const stylesheets = await Promise.all(
      [...text.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) =>
        fetchWhole(new URL(match[1] ?? '', baseUrl)),
      ),
    );
    const stylesheetBytes = stylesheets.reduce((sum, sheet) => sum + sheet.bytes, 0);
    const gzipped = [html, ...stylesheets].reduce(
      (sum, response) => sum + response.headerBytes + gzipSync(response.body).byteLength,
      0,
    );
    weights.push({
      page,
      path,
      status: html.status,
      htmlBytes: html.bytes,
      stylesheetBytes,
      firstVisitBytes: html.bytes + stylesheetBytes,
      firstVisitGzipBytes: gzipped,
      scripts: (text.match(/<script\b/g) ?? []).length,
    });
  }
  return weights;
}

async function fetchWhole(url: URL) {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  const headerBytes =
    `HTTP/1.1 ${response.status} ${response.statusText}\r\n`.length +
    [...response.headers].reduce((sum, [name, value]) => sum + `${name}: ${value}\r\n`.length, 2);
  return { status: response.status, body, headerBytes, bytes: headerBytes + body.byteLength };
}
