/** Builds and zips the Chrome extension from another public dir into another output dir: tsx wxt-zip.ts PUBLIC OUT */
import { zip } from 'wxt';

const [publicDir, outDir] = process.argv.slice(2);
if (!publicDir || !outDir) throw new Error('usage: tsx scripts/bench/wxt-zip.ts PUBLIC_DIR OUT_DIR');
process.env.BACKSTORY_OUT = outDir;
const files = await zip({ publicDir, outDir, browser: 'chrome' });
console.log(JSON.stringify(files));
