// The store's artwork that is drawn rather than photographed: the promo tile and the store icon, from the
// extension's own icon (assets/icon.svg) and colours, as HTML pages Chromium renders at the stores' sizes.

/** The icon SVG at `size` pixels. */
export const sizedIcon = (svg: string, size: number) => svg.replace('<svg ', `<svg width="${size}" height="${size}" `);

/**
 * The Chrome Web Store's store icon: 128×128 with the artwork at 96×96 and 16 pixels of transparent margin,
 * as the store's image guidelines ask, so it sits level with other extensions' icons.
 */
export function storeIconPage(svg: string): string {
  return `<body style="margin:0;padding:16px;background:transparent">${sizedIcon(svg, 96)}</body>`;
}

/** The small promo tile (440×280): the icon, the name and what it does, on a teal darker than the icon's. */
export function promoTilePage(svg: string, tagline: string): string {
  return `<!doctype html>
<body style="margin:0;width:440px;height:280px;box-sizing:border-box;padding:36px 32px;display:flex;
  flex-direction:column;justify-content:center;gap:18px;background:linear-gradient(135deg,#0a4a47,#062f2d);
  font-family:system-ui,'DejaVu Sans',sans-serif;color:#ffffff">
  <div style="display:flex;align-items:center;gap:18px">
    ${sizedIcon(svg, 72)}
    <span style="font-size:42px;font-weight:700;letter-spacing:-0.5px">Steadyhand</span>
  </div>
  <p style="margin:0;font-size:22px;line-height:1.3;color:#e6f4f3">${tagline}</p>
  <div style="width:56px;height:6px;border-radius:3px;background:#f2b134"></div>
</body>`;
}
