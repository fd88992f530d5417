package com.sendense.hubsim.files.gen;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/** Real PNG and JPEG drawn pixel by pixel: no fonts or AWT graphics, so it works headless. */
public final class Images {

    private Images() {}

    public static byte[] photo(long seed, int width, int height) {
        Prng prng = new Prng(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int sunX = prng.between(width / 5, width * 4 / 5);
        int sunY = prng.between(height / 8, height / 3);
        int sunR = prng.between(height / 20, height / 10);
        int layers = 3;
        double[][] hill = new double[layers][4];
        for (double[] h : hill) {
            h[0] = prng.nextDouble() * 6;
            h[1] = 0.004 + prng.nextDouble() * 0.01;
            h[2] = 0.015 + prng.nextDouble() * 0.02;
            h[3] = prng.nextDouble() * 40 + 20;
        }
        int warm = prng.nextInt(60);
        // hill outlines depend on the column only: compute them once
        double[][] tops = new double[layers][width];
        for (int l = 0; l < layers; l++) {
            double[] h = hill[l];
            for (int x = 0; x < width; x++) {
                tops[l][x] = height * (0.45 + 0.15 * l) - h[3] * Math.sin(h[0] + x * h[1]) - 12 * Math.sin(x * h[2]);
            }
        }
        long grain = seed ^ 0x5DEECE66DL;
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            double t = (double) y / height;
            int skyR = (int) (70 + 150 * t) + warm;
            int skyG = (int) (130 + 90 * t);
            int skyB = (int) (215 + 30 * t);
            int dy = y - sunY;
            for (int x = 0; x < width; x++) {
                int r = skyR;
                int g = skyG;
                int b = skyB;
                int dx = x - sunX;
                if (dx * dx + dy * dy < sunR * sunR) {
                    r = 255;
                    g = 240;
                    b = 200;
                }
                for (int l = layers - 1; l >= 0; l--) {
                    double top = tops[l][x];
                    if (y > top) {
                        r = 40 + 20 * l;
                        g = 90 + 30 * l - (int) ((y - top) / 8);
                        b = 50 + 10 * l;
                        break;
                    }
                }
                grain = grain * 6364136223846793005L + 1442695040888963407L;
                int n = (int) ((grain >>> 60) % 9) - 4;
                row[x] = (clamp(r + n) << 16) | (clamp(g + n) << 8) | clamp(b + n);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return encode(image, "jpeg");
    }

    public static byte[] screenshot(long seed, int width, int height) {
        Prng prng = new Prng(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int desktop = prng.pick(0x1e3a5f, 0x0f4c81, 0x2d2d30, 0x3a6e4f);
        fill(image, 0, 0, width, height, desktop);
        fill(image, 0, height - 40, width, 40, 0x202020);
        int windows = prng.between(1, 3);
        for (int w = 0; w < windows; w++) {
            int ww = prng.between(width / 3, width * 3 / 4);
            int wh = prng.between(height / 3, height * 3 / 4);
            int wx = prng.nextInt(width - ww);
            int wy = prng.nextInt(height - 40 - wh);
            fill(image, wx, wy, ww, wh, 0xffffff);
            fill(image, wx, wy, ww, 30, prng.pick(0xe8e8e8, 0x2b579a, 0x217346));
            for (int line = wy + 50; line < wy + wh - 20; line += 18) {
                int len = prng.between(ww / 4, ww - 40);
                fill(image, wx + 20, line, len, 8, 0x9a9a9a);
            }
        }
        return encode(image, "png");
    }

    private static void fill(BufferedImage image, int x, int y, int w, int h, int rgb) {
        int[] row = new int[w];
        java.util.Arrays.fill(row, rgb);
        for (int r = y; r < y + h; r++) {
            image.setRGB(x, r, w, 1, row, 0, w);
        }
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }

    private static byte[] encode(BufferedImage image, String format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (format.equals("png")) {
                // fast deflate: the default (best compression) makes listing a Pictures folder slow
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(0.75f);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }
}
