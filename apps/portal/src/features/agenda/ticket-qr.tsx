import QRCode from 'qrcode';
import { useEffect, useState } from 'react';
import { useIntl } from 'react-intl';

/**
 * A ticket's code as a QR image, drawn in the browser (the code never leaves the page). SVG as a data
 * URL: sharp on any screen, and allowed by the portal's `img-src 'self' data:` policy.
 */
export function TicketQr({ code }: { code: string }) {
  const intl = useIntl();
  const [src, setSrc] = useState<string>();
  useEffect(() => {
    let live = true;
    QRCode.toString(code, { type: 'svg', errorCorrectionLevel: 'M', margin: 2 }).then((svg) => {
      if (live) setSrc(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
    });
    return () => {
      live = false;
    };
  }, [code]);
  return (
    <figure className="ticket__qr">
      {src ? (
        <img src={src} width={176} height={176} alt={intl.formatMessage({ id: 'agenda.ticket.qrAlt' })} data-testid="ticket-qr" />
      ) : (
        <span className="ticket__qr-placeholder" />
      )}
      <figcaption className="badge badge--code" data-testid="ticket-code">
        {code}
      </figcaption>
    </figure>
  );
}
