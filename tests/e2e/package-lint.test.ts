/**
 * The Firefox package as addons.mozilla.org would check it: `web-ext lint` on the built extension. No errors, and
 * no warnings but the one Preact's renderer brings (it assigns `innerHTML` for `dangerouslySetInnerHTML`, which
 * Backstory's own code never uses: checked below).
 */
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const EXTENSION_DIR = resolve(process.env.BACKSTORY_OUT ?? '.output', 'firefox-mv2');

interface LintMessage {
  code: string;
  file?: string;
  message: string;
}

async function lint(): Promise<{ errors: LintMessage[]; warnings: LintMessage[]; notices: LintMessage[] }> {
  // web-ext exits non-zero when it finds errors; its JSON report is on stdout either way.
  const run = promisify(execFile)(process.execPath, ['node_modules/web-ext/bin/web-ext.js', 'lint', '-s', EXTENSION_DIR, '-o', 'json', '--no-config-discovery'], { maxBuffer: 16 << 20 });
  const { stdout } = await run.catch((e: { stdout?: string }) => ({ stdout: e.stdout ?? '' }));
  return JSON.parse(stdout);
}

/** Source files of ours (not node_modules, not build output). */
function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => (d.isDirectory() ? sources(join(dir, d.name)) : /\.tsx?$/.test(d.name) ? [join(dir, d.name)] : []));
}

describe('the Firefox package', () => {
  it('passes web-ext lint with no errors and only the renderer’s innerHTML warning', async () => {
    expect(existsSync(join(EXTENSION_DIR, 'manifest.json')), `no Firefox build in ${EXTENSION_DIR}: run npm run build:firefox`).toBe(true);
    const report = await lint();
    expect(report.errors.map((m) => `${m.code} ${m.file}: ${m.message}`)).toEqual([]);
    expect(report.warnings.filter((m) => m.code !== 'UNSAFE_VAR_ASSIGNMENT').map((m) => `${m.code} ${m.file}: ${m.message}`)).toEqual([]);
    for (const dir of ['components', 'entrypoints', 'utils', 'core']) {
      for (const file of sources(dir)) expect(readFileSync(file, 'utf8'), file).not.toMatch(/dangerouslySetInnerHTML|\.innerHTML\s*=|outerHTML\s*=|insertAdjacentHTML/);
    }
  }, 120_000);
});
