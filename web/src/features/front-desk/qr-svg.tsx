import qrcode from 'qrcode-generator';
import { useMemo } from 'react';

/** Blank modules around the code that scanners need to find it (the QR standard asks for 4). */
const QUIET = 4;

/** One SVG path with a unit square per dark module, so the code scales without blurring. */
function qrPath(text: string): { units: number; d: string } {
  const qr = qrcode(0, 'M');
  qr.addData(text);
  qr.make();
  const n = qr.getModuleCount();
  let d = '';
  for (let row = 0; row < n; row++) {
    for (let col = 0; col < n; col++) if (qr.isDark(row, col)) d += `M${col + QUIET} ${row + QUIET}h1v1h-1z`;
  }
  return { units: n + 2 * QUIET, d };
}

/** A QR code drawn in the browser as SVG; `label` names it for screen readers. */
export function QrSvg({ text, label, size = 240 }: { text: string; label: string; size?: number }) {
  const { units, d } = useMemo(() => qrPath(text), [text]);
  return (
    <svg role="img" aria-label={label} data-payload={text} width={size} height={size} viewBox={`0 0 ${units} ${units}`} shapeRendering="crispEdges">
      <rect width={units} height={units} fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
