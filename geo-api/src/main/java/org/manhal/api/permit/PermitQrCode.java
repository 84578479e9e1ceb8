package org.manhal.api.permit;

import io.nayuki.qrcodegen.QrCode;

/**
 * A QR code as SVG: one path of unit squares, one per dark module, inside the quiet zone of four
 * modules that ISO/IEC 18004 asks for; error correction level M (15 %), enough for a printed page
 * that gets folded. Drawn on the server (no script on the certificate page draws it), so that the
 * printed code is the same in every browser.
 */
final class PermitQrCode {

    /** ISO/IEC 18004 §6.3.8: the quiet zone is four modules wide. */
    static final int QUIET_ZONE = 4;

    private PermitQrCode() {
    }

    /** The SVG document of a QR code that encodes {@code text}. */
    static String svg(String text) {
        QrCode qr = QrCode.encodeText(text, QrCode.Ecc.MEDIUM);
        int side = qr.size + 2 * QUIET_ZONE;
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < qr.size; y++) {
            for (int x = 0; x < qr.size; x++) {
                if (qr.getModule(x, y)) {
                    path.append('M').append(x + QUIET_ZONE).append(',').append(y + QUIET_ZONE).append("h1v1h-1z");
                }
            }
        }
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + side + " " + side
                + "\" shape-rendering=\"crispEdges\" role=\"img\" aria-label=\"" + escape(text) + "\">"
                + "<title>" + escape(text) + "</title>"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#FFFFFF\"/>"
                + "<path d=\"" + path + "\" fill=\"#000000\"/></svg>\n";
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
