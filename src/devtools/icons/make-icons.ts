import { mkdirSync, writeFileSync } from 'fs';
import { join } from 'path';
import { encodePng } from '../png';
import { drawIcon, type Rgba } from './draw-icon';

/**
 * Writes the app's icons into assets/icons (committed; run again only when the mark changes):
 *   color.png    192x192  Teams colour icon: full-bleed accent background
 *   outline.png   32x32   Teams outline icon: white on transparent
 *   icon-16/32/64/80.png  Outlook ribbon and add-in icons: the mark on transparent
 * Usage: npx tsx src/devtools/icons/make-icons.ts
 */
export const ACCENT: Rgba = [0x1b, 0x4f, 0x72, 255]; // #1B4F72: 8.9:1 against white
const WHITE: Rgba = [255, 255, 255, 255];
const CLEAR: Rgba = [0, 0, 0, 0];

const out = join(__dirname, '..', '..', '..', 'assets', 'icons');
mkdirSync(out, { recursive: true });

const files: Record<string, Buffer> = {
  'color.png': encodePng(drawIcon(192, { background: ACCENT, shield: WHITE, tick: ACCENT }, 0.1)),
  'outline.png': encodePng(drawIcon(32, { background: CLEAR, shield: WHITE, tick: CLEAR })),
};
for (const size of [16, 32, 64, 80]) {
  files[`icon-${size}.png`] = encodePng(drawIcon(size, { background: CLEAR, shield: ACCENT, tick: WHITE }));
}
for (const [name, data] of Object.entries(files)) {
  writeFileSync(join(out, name), data);
  console.log(`wrote assets/icons/${name}`);
}
