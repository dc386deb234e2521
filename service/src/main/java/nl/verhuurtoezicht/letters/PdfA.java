package nl.verhuurtoezicht.letters;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Calendar;
import java.util.GregorianCalendar;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentCatalog;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent;

/**
 * Makes a PDFBox document PDF/A-2b: XMP metadata that agrees with the document information
 * dictionary, an sRGB output intent, and a document ID derived from the content description
 * instead of the wall clock, so the same letter always yields the same bytes.
 */
final class PdfA {

    static final String PRODUCER = "Verhuurtoezicht letters (Apache PDFBox)";
    private static final String SRGB = "sRGB IEC61966-2.1";
    private static final byte[] SRGB_PROFILE = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

    private PdfA() {
    }

    /** Everything the archive and a PDF reader show about the letter without opening it. */
    record Description(String title, String subject, String author, String language, GregorianCalendar created) {
    }

    static void apply(PDDocument document, Description description) throws IOException {
        PDDocumentCatalog catalog = document.getDocumentCatalog();
        catalog.setLanguage(description.language());

        Calendar created = description.created();
        PDDocumentInformation info = document.getDocumentInformation();
        info.setTitle(description.title());
        info.setSubject(description.subject());
        info.setAuthor(description.author());
        info.setCreator(PRODUCER);
        info.setProducer(PRODUCER);
        info.setCreationDate(created);
        info.setModificationDate(created);

        byte[] xmp = XmpPacket.pdfA2b(description.title(), description.subject(), description.author(), PRODUCER,
                description.created().toZonedDateTime());
        PDMetadata metadata = new PDMetadata(document);
        metadata.importXMPMetadata(xmp);
        catalog.setMetadata(metadata);

        PDOutputIntent intent = new PDOutputIntent(document, new ByteArrayInputStream(SRGB_PROFILE));
        intent.setInfo(SRGB);
        intent.setOutputCondition(SRGB);
        intent.setOutputConditionIdentifier(SRGB);
        intent.setRegistryName("http://www.color.org");
        catalog.addOutputIntent(intent);

        COSString id = new COSString(digest(description.title() + '\n' + description.subject() + '\n'
                + description.created().toZonedDateTime()));
        COSArray ids = new COSArray();
        ids.add(id);
        ids.add(id);
        document.getDocument().getTrailer().setItem(COSName.ID, ids);
    }

    private static byte[] digest(String text) {
        try {
            byte[] sha = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return Arrays.copyOf(sha, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
