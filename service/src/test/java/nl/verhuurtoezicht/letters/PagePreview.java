package nl.verhuurtoezicht.letters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/** Renders a letter page to PNG, as a reader would see it. */
final class PagePreview {

    private PagePreview() {
    }

    static BufferedImage image(byte[] pdf, int pageIndex, float dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(pageIndex, dpi, ImageType.GRAY);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void write(byte[] pdf, int pageIndex, float dpi, Path png) {
        try {
            Files.createDirectories(png.toAbsolutePath().getParent());
            ImageIO.write(image(pdf, pageIndex, dpi), "png", png.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Usage: {@code PagePreview <letter.pdf> <page.png> [dpi]} renders page 1. */
    public static void main(String[] args) throws IOException {
        float dpi = args.length > 2 ? Float.parseFloat(args[2]) : 60;
        write(Files.readAllBytes(Path.of(args[0])), 0, dpi, Path.of(args[1]));
    }
}
