import { useEffect, useRef, useState } from 'react';
import { FormattedMessage } from 'react-intl';

// The Barcode Detection API is not in TypeScript's DOM library yet; this is the part the page uses.
interface DetectedBarcode {
  rawValue: string;
}
interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement): Promise<DetectedBarcode[]>;
}
type BarcodeDetectorConstructor = new (options: { formats: string[] }) => BarcodeDetectorLike;

function barcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** Whether this browser reads QR codes from the camera (Chrome on Android does; most desktops do not). */
export const canScanWithCamera = (): boolean => barcodeDetector() !== undefined && Boolean(navigator.mediaDevices?.getUserMedia);

/**
 * The phone's camera reading QR codes: a frame every few hundred milliseconds, until a code is seen;
 * then the camera stops and `onCode` gets it. Shown only where `canScanWithCamera()`.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const video = useRef<HTMLVideoElement>(null);

  useEffect(() => {
    const Detector = barcodeDetector();
    if (!on || !Detector) return;
    let stream: MediaStream | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let live = true;
    const detector = new Detector({ formats: ['qr_code'] });
    const look = async () => {
      if (!live || !video.current) return;
      const [found] = await detector.detect(video.current).catch(() => []);
      if (found?.rawValue) {
        setOn(false);
        onCode(found.rawValue);
      } else timer = setTimeout(look, 300);
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then(async (media) => {
        stream = media;
        if (!live || !video.current) return;
        video.current.srcObject = media;
        await video.current.play();
        void look();
      })
      .catch(() => {
        setFailed(true);
        setOn(false);
      });
    return () => {
      live = false;
      clearTimeout(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, onCode]);

  return (
    <div className="camera-scanner">
      <button type="button" className="button button--secondary" aria-pressed={on} onClick={() => setOn(!on)} data-testid="camera-toggle">
        <FormattedMessage id={on ? 'checkIn.camera.stop' : 'checkIn.camera.start'} />
      </button>
      {on && <video ref={video} className="camera-scanner__video" muted playsInline />}
      {failed && (
        <p className="field__error">
          <FormattedMessage id="checkIn.camera.failed" />
        </p>
      )}
    </div>
  );
}
