#!/usr/bin/env node
// Renders every icon the installers and the tray need from the two SVG
// sources in resources/icons (icon.svg for the app, tray.svg for the tray).
// electron-builder turns icon.png (1024 px) into .ico and .icns itself.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

const dir = 'resources/icons';
const appSvg = readFileSync(`${dir}/icon.svg`, 'utf8');
const traySvg = readFileSync(`${dir}/tray.svg`, 'utf8');

function render(svg, size) {
  return new Resvg(svg, { fitTo: { mode: 'width', value: size } }).render().asPng();
}

writeFileSync(`${dir}/icon.png`, render(appSvg, 1024));
mkdirSync(`${dir}/png`, { recursive: true });
for (const size of [16, 24, 32, 48, 64, 128, 256, 512]) writeFileSync(`${dir}/png/${size}x${size}.png`, render(appSvg, size));

// macOS tray: black template images (the system tints them); elsewhere a coloured glyph.
writeFileSync(`${dir}/trayTemplate.png`, render(traySvg, 16));
writeFileSync(`${dir}/trayTemplate@2x.png`, render(traySvg, 32));
const colouredTray = traySvg.replaceAll('#000', '#0c6b63');
writeFileSync(`${dir}/tray.png`, render(colouredTray, 16));
writeFileSync(`${dir}/tray@2x.png`, render(colouredTray, 32));
console.log('icons written to resources/icons');
