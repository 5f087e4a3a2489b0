/** The stress page: about 3 MB of real article paragraphs, concatenated from every saved page. */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeStressPage(fromDir: string, to: string, targetBytes = 3_000_000): { bytes: number; paragraphs: number } {
  const parts: string[] = [];
  let bytes = 0;
  const files = readdirSync(fromDir).filter((f) => f.endsWith('.html')).sort();
  for (let round = 0; bytes < targetBytes && round < 10; round++) {
    for (const f of files) {
      const html = readFileSync(join(fromDir, f), 'utf8').replace(/<(script|style|noscript)[\s\S]*?<\/\1>/gi, '');
      const paragraphs = html.match(/<p[\s>][\s\S]*?<\/p>/gi) ?? [];
      const body = paragraphs.map((p) => p.replace(/<(?!\/?(a|b|i|em|strong|span)\b)[^>]+>/gi, '')).filter((p) => p.length > 80);
      if (!body.length) continue;
      const section = `<article><h2>${f}</h2>\n<p>${body.join('</p>\n<p>')}</p></article>\n`;
      parts.push(section);
      bytes += section.length;
      if (bytes >= targetBytes) break;
    }
  }
  writeFileSync(to, `<!doctype html><html><head><meta charset="utf-8"><title>Stress page</title></head><body>\n${parts.join('')}</body></html>\n`);
  return { bytes, paragraphs: parts.length };
}
