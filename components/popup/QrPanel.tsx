/**
 * The referral link's QR code, drawn on a canvas offline (entrypoints/popup/qr.ts, lean-qr), with
 * the link as text beside it and "Download PNG" (a larger picture, for print: a real download
 * through the page's <a download>, as the CSV files, needing no permission). A chunk of its own,
 * loaded on the first click of "QR code".
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { qrFileName, qrMatrix, qrPixels, scaleFor, type QrMatrix } from '../../entrypoints/popup/qr';
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

export function QrPanel({ link, origin }: { link: string; origin: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [failed, setFailed] = useState<'qrFailed' | 'pngFailed' | null>(null);
  const matrix = useMemo(() => {
    try {
      return qrMatrix(link);
    } catch {
      return null; // longer than a QR code holds: the checked link never is, but say so rather than break
    }
  }, [link]);

  useEffect(() => {
    if (!matrix || !canvas.current) return;
    try {
      paint(canvas.current, matrix, scaleFor(matrix, SCREEN_PX));
    } catch {
      setFailed('qrFailed');
    }
  }, [matrix]);

  if (!matrix) return <p role="alert" class="error">{t('qrFailed')}</p>;
  const download = () => {
    setFailed(null);
    savePng(matrix, origin).catch(() => setFailed('pngFailed'));
  };
  return (
    <div class="qr">
      <canvas ref={canvas} role="img" aria-label={t('qrName', { link })} />
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
