package com.sendense.console.restore;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Real files of each previewed type, made in memory. */
final class PreviewSamples {

    private PreviewSamples() {}

    static byte[] image(String format, int width, int height) throws IOException {
        var image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < Math.min(width, 64); x++) {
            image.setRGB(x, x % height, 0xFF0000);
        }
        var out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IOException("no writer for " + format);
        }
        return out.toByteArray();
    }

    static byte[] pdf(int pages) throws IOException {
        try (var doc = new PDDocument(); var out = new ByteArrayOutputStream()) {
            for (int i = 1; i <= pages; i++) {
                var page = new PDPage();
                doc.addPage(page);
                try (var text = new PDPageContentStream(doc, page)) {
                    text.beginText();
                    text.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 24);
                    text.newLineAtOffset(72, 700);
                    text.showText("Page " + i + " of the quarterly report");
                    text.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }

    static byte[] docx(String title, String creator) throws IOException {
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("docProps/core.xml"));
            zip.write(("<?xml version=\"1.0\"?><cp:coreProperties "
                    + "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                    + "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                    + "<dc:title>" + title + "</dc:title><dc:creator>" + creator + "</dc:creator>"
                    + "<dcterms:modified>2025-10-01T10:00:00Z</dcterms:modified></cp:coreProperties>")
                    .getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry("docProps/app.xml"));
            zip.write("<Properties><Application>Microsoft Office Word</Application><Pages>4</Pages></Properties>"
                    .getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
