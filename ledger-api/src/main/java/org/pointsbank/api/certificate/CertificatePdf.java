package org.pointsbank.api.certificate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.pointsbank.api.qr.QrCode;
import org.pointsbank.core.certificate.api.Commendation;
import org.pointsbank.projections.certificate.CertificateRow;
import org.springframework.stereotype.Component;

/**
 * A certificate as an A4 PDF, in Chinese and English: the number, the holder's full name ("—" once erased), the
 * issuing station, the period, volunteer hours by year (hours to one decimal, and minutes), study hours, the number
 * of activities, the commendations, the issue date in the business zone, the verification URL as text and as a QR
 * code. Every text is set in the embedded {@link CertificateFont}.
 */
@Component
public class CertificatePdf {

    static final String TITLE_ZH = "志愿服务记录证明";
    static final String TITLE_EN = "Certificate of Volunteer Service";

    private static final float MARGIN = 56;
    private static final float QR_SIDE = 132;

    private final CertificateFont fonts;

    public CertificatePdf(CertificateFont fonts) {
        this.fonts = fonts;
    }

    /** The PDF of {@code row}; {@code holder} is the full name or null, the station its name. */
    public byte[] render(CertificateRow row, String holder, String station, String verificationUrl, ZoneId zone) {
        try (PDDocument document = new PDDocument();
                CertificateFont.Loaded font = fonts.load(document)) {
            PDDocumentInformation info = document.getDocumentInformation();
            info.setTitle(TITLE_EN + " " + row.number());
            PDPage page = new PDPage(PDRectangle.A4);
            document.addPage(page);
            float width = page.getMediaBox().getWidth();
            float top = page.getMediaBox().getHeight() - MARGIN;
            PDImageXObject qr = PDImageXObject.createFromByteArray(
                    document, QrCode.of(verificationUrl).png(), "qr");
            try (PDPageContentStream out = new PDPageContentStream(document, page)) {
                centred(out, font.font(), 24, TITLE_ZH, width, top - 10);
                centred(out, font.font(), 14, TITLE_EN, width, top - 34);
                float y = top - 80;
                for (String line : lines(row, holder, station, zone)) {
                    text(out, font.font(), 11, line, MARGIN, y);
                    y -= 19;
                }
                y -= 8;
                text(out, font.font(), 10, "验证 / Verify at:", MARGIN, y);
                text(out, font.font(), 8, verificationUrl, MARGIN, y - 14);
                out.drawImage(qr, width - MARGIN - QR_SIDE, MARGIN, QR_SIDE, QR_SIDE);
                text(out, font.font(), 9, "扫码验证 / Scan to verify", width - MARGIN - QR_SIDE, MARGIN - 14);
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes); // the font's subset is made here, while its source is still open
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write certificate " + row.certificateId(), e);
        }
    }

    static List<String> lines(CertificateRow row, String holder, String station, ZoneId zone) {
        List<String> lines = new ArrayList<>();
        lines.add("证明编号 / No.: " + row.number());
        lines.add("持证人 / Holder: " + (holder == null ? "—" : holder));
        lines.add("出具单位 / Issued by: " + station + " (" + row.stationId() + ")");
        lines.add("服务期间 / Period: " + row.from() + " – " + row.to());
        lines.add("志愿服务 / Volunteer service: " + hours(row.volunteerMinutes()));
        for (Map.Entry<Integer, Integer> year : row.volunteerMinutesByYear().entrySet()) {
            lines.add("    " + year.getKey() + " 年 / in " + year.getKey() + ": " + hours(year.getValue()));
        }
        lines.add("学习时长 / Study: " + hours(row.studyMinutes()));
        lines.add("参加活动 / Activities: " + row.activityIds().size());
        if (row.commendations().isEmpty()) {
            lines.add("表彰 / Commendations: —");
        } else {
            lines.add("表彰 / Commendations:");
            for (Commendation c : row.commendations()) {
                lines.add("    " + c.period() + " " + c.stationId() + " 第 " + c.rank() + " 名 / rank " + c.rank());
            }
        }
        lines.add("出具日期 / Issued on: " + row.issuedAt().atZone(zone).toLocalDate());
        if (!row.valid()) {
            lines.add("已失效 / No longer valid: " + row.invalidReasonCode());
        }
        return lines;
    }

    /** {@code 1.5 小时 / hours (90 分钟 / minutes)}. */
    static String hours(int minutes) {
        return String.format(Locale.ROOT, "%.1f 小时 / hours (%d 分钟 / minutes)", minutes / 60.0, minutes);
    }

    private static void centred(
            PDPageContentStream out, PDType0Font font, float size, String text, float width, float y)
            throws IOException {
        float textWidth = font.getStringWidth(text) / 1000 * size;
        text(out, font, size, text, (width - textWidth) / 2, y);
    }

    private static void text(PDPageContentStream out, PDType0Font font, float size, String text, float x, float y)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }
}
