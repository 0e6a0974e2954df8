package org.pointsbank.api.qr;

import com.google.zxing.common.BitMatrix;

/**
 * An SVG of a QR code's modules: a white square and one black path, a rectangle for each horizontal run of dark
 * modules, in module units ({@code viewBox}), so it is as sharp at any size. No script, no text, no external
 * reference: only the modules.
 */
final class QrSvg {

    private QrSvg() {}

    static String of(BitMatrix modules, int pixelsPerModule) {
        int side = modules.getWidth();
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < modules.getHeight(); y++) {
            int x = 0;
            while (x < side) {
                if (!modules.get(x, y)) {
                    x++;
                    continue;
                }
                int run = 1;
                while (x + run < side && modules.get(x + run, y)) {
                    run++;
                }
                path.append('M').append(x).append(' ').append(y).append('h').append(run);
                path.append("v1h-").append(run).append('z');
                x += run;
            }
        }
        int pixels = side * pixelsPerModule;
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 " + side + " " + side
                + "\" width=\"" + pixels + "\" height=\"" + pixels + "\" shape-rendering=\"crispEdges\">"
                + "<rect width=\"" + side + "\" height=\"" + side + "\" fill=\"#ffffff\"/>"
                + "<path fill=\"#000000\" d=\"" + path + "\"/></svg>\n";
    }
}
