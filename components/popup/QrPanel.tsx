/**
 * The referral link's QR code, drawn on a canvas offline (entrypoints/popup/qr.ts, lean-qr), with
 * the link as text beside it and "Download PNG" (a larger picture, for print: a real download
 * through the page's <a download>, as the CSV files, needing no permission). A chunk of its own,
 * loaded on the first click of "QR code".
 */
import { useState } from 'preact/hooks';
import { QUIET_ZONE, qrFileName, qrMatrix, qrPixels, scaleFor, type QrMatrix } from '../../entrypoints/popup/qr';
import { downloadText } from '../../entrypoints/popup/export/download';
import { tReferral as t } from '../../entrypoints/popup/texts-referral';

/** Fits the popup (380 px) beside the link text; the PNG is sharper, for print. */
const SCREEN_PX = 168;
const PNG_PX = 600;

function paint(canvas: HTMLCanvasElement, matrix: QrMatrix, scale: number): void {
  const { side, data } = qrPixels(matrix, scale);
  canvas.width = side;
  canvas.height = side;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2d context');
  context.putImageData(new ImageData(data as Uint8ClampedArray<ArrayBuffer>, side, side), 0, 0);
}

async function savePng(matrix: QrMatrix, origin: string): Promise<void> {
  const canvas = document.createElement('canvas');
  paint(canvas, matrix, scaleFor(matrix, PNG_PX));
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) throw new Error('no PNG');
  downloadText(qrFileName(origin), new Uint8Array(await blob.arrayBuffer()), 'image/png');
}

/** The code of `link`, or null when it does not fit a QR code (a checked link always does: say so rather than break). */
function matrixOf(link: string): QrMatrix | null {
  try {
    return qrMatrix(link);
  } catch {
    return null;
  }
}

// No useMemo / useRef here: hooks the first chunk does not use would be pulled into it (preact/hooks lives there).
export function QrPanel({ link, origin }: { link: string; origin: string }) {
  const [matrix] = useState(() => matrixOf(link));
  const [failed, setFailed] = useState<'qrFailed' | 'pngFailed' | null>(null);
  // Drawn when the canvas is attached (a callback ref; the panel is keyed by the link, so one code per canvas).
  const draw = (canvas: HTMLCanvasElement | null) => {
    if (!canvas || !matrix || canvas.width === (matrix.size + 2 * QUIET_ZONE) * scaleFor(matrix, SCREEN_PX)) return;
    try {
      paint(canvas, matrix, scaleFor(matrix, SCREEN_PX));
    } catch {
      setFailed('qrFailed');
    }
  };

  if (!matrix) return <p role="alert" class="error">{t('qrFailed')}</p>;
  const download = () => {
    setFailed(null);
    savePng(matrix, origin).catch(() => setFailed('pngFailed'));
  };
  return (
    <div class="qr">
      <canvas ref={draw} role="img" aria-label={t('qrName', { link })} />
      <div class="qr-side">
        <span class="qr-text">{link}</span>
        <div class="referral-actions">
          <button type="button" onClick={download}>{t('downloadPng')}</button>
        </div>
        {failed && <p role="alert" class="error">{t(failed)}</p>}
      </div>
    </div>
  );
}
