package com.sendense.console.restore;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Turns an image or a PDF into small PNGs on the server. The size is read from the header before any pixel is
 * decoded, so a small file that unpacks to a giant picture is refused instead of filling the heap.
 */
final class PreviewImages {

    /** Why a file could not be turned into a picture; the service turns it into a message. */
    static final class Unreadable extends Exception {

        enum Why {
            CORRUPT, TOO_MANY_PIXELS, PASSWORD
        }

        final Why why;
        final long pixels;

        Unreadable(Why why, long pixels, Throwable cause) {
            super(why.name(), cause);
            this.why = why;
            this.pixels = pixels;
        }
    }

    record Picture(byte[] png, int width, int height) {}

    record Rendered(List<byte[]> pages, int pageCount) {}

    private final PreviewProperties caps;

    PreviewImages(PreviewProperties caps) {
        this.caps = caps;
    }

    Picture image(byte[] bytes) throws Unreadable {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = in == null
                    ? java.util.Collections.emptyIterator()
                    : ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new Unreadable(Unreadable.Why.CORRUPT, 0, new IOException("no image reader for these bytes"));
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                long pixels = (long) width * height;
                if (pixels > caps.maxPixels()) {
                    throw new Unreadable(Unreadable.Why.TOO_MANY_PIXELS, pixels, new IOException(width + "x" + height));
                }
                ImageReadParam param = reader.getDefaultReadParam();
                // Decoding every n-th pixel keeps a large photo's decoded copy near the preview's size.
                int step = Math.max(1, Math.max(width, height) / (2 * caps.imageSide()));
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image = reader.read(0, param);
                return new Picture(png(fit(image)), width, height);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(Unreadable.Why.CORRUPT, 0, e);
        }
    }

    Rendered pdf(byte[] bytes) throws Unreadable {
        try (PDDocument document = Loader.loadPDF(bytes)) {
            PDFRenderer renderer = new PDFRenderer(document);
            int count = document.getNumberOfPages();
            List<byte[]> pages = new ArrayList<>();
            for (int i = 0; i < Math.min(count, caps.maxPages()); i++) {
                PDPage page = document.getPage(i);
                PDRectangle box = page.getCropBox();
                float longest = Math.max(box.getWidth(), box.getHeight());
                float scale = Math.min(2f, caps.imageSide() / Math.max(1f, longest));
                long pixels = (long) (box.getWidth() * scale) * (long) (box.getHeight() * scale);
                if (pixels > caps.maxPixels()) {
                    throw new Unreadable(Unreadable.Why.TOO_MANY_PIXELS, pixels, new IOException("page " + (i + 1)));
                }
                pages.add(png(renderer.renderImage(i, scale, ImageType.RGB)));
            }
            return new Rendered(List.copyOf(pages), count);
        } catch (InvalidPasswordException e) {
            throw new Unreadable(Unreadable.Why.PASSWORD, 0, e);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(Unreadable.Why.CORRUPT, 0, e);
        }
    }

    private BufferedImage fit(BufferedImage image) {
        int side = caps.imageSide();
        int w = image.getWidth();
        int h = image.getHeight();
        double scale = Math.min(1.0, (double) side / Math.max(w, h));
        int tw = Math.max(1, (int) Math.round(w * scale));
        int th = Math.max(1, (int) Math.round(h * scale));
        BufferedImage out = new BufferedImage(tw, th,
                image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(image, 0, 0, tw, th, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    private static byte[] png(BufferedImage image) {
        var out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
