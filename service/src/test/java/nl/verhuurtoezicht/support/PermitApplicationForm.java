package nl.verhuurtoezicht.support;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import nl.verhuurtoezicht.permit.DocumentKind;
import nl.verhuurtoezicht.permit.UploadedDocument;

/**
 * What a landlord enters on the permit application form (/verhuurder/aanvragen/nieuw): one address, Groenestraat 214
 * in Nijmegen, four rooms for four occupants, applied for by Flexwonen Gelderland B.V., and the documents to upload.
 */
public final class PermitApplicationForm {

    public static final String STREET_AND_NUMBER = "Groenestraat 214";
    public static final String APPLICANT = "Flexwonen Gelderland B.V.";
    public static final int OCCUPANTS = 4;
    public static final byte[] PDF = "%PDF-1.7\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes();
    public static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};

    /** One file to upload in a form field. */
    public record Upload(String fileName, String contentType, byte[] content) {
    }

    private PermitApplicationForm() {
    }

    /** A BAG id of a verblijfsobject in Nijmegen (municipality code 0268) that no other test uses. */
    public static String randomBagId() {
        return "0268" + "01" + String.format("%010d", ThreadLocalRandom.current().nextLong(1, 9_999_999_999L));
    }

    /** The form fields; {@code finesStatement} null leaves the statement of fines out (an incomplete application). */
    public static Map<String, String> fields(String submissionId, String bagId, String finesStatement) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("submissionId", submissionId);
        f.put("applicantKind", "COMPANY");
        f.put("applicantName", APPLICANT);
        f.put("kvkNumber", String.format("%08d", ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999)));
        f.put("street", "Postbus 1184");
        f.put("postcode", "6501 BD");
        f.put("city", "Nijmegen");
        f.put("email", "info@flexwonen.example");
        f.put("addresses[0].bagId", bagId);
        f.put("addresses[0].street", "Groenestraat");
        f.put("addresses[0].houseNumber", "214");
        f.put("addresses[0].postcode", "6531 HZ");
        f.put("addresses[0].city", "Nijmegen");
        f.put("addresses[0].housingType", "LOGIES");
        f.put("addresses[0].roomAreas", "12,5; 11; 10; 14");
        f.put("addresses[0].plannedOccupants", String.valueOf(OCCUPANTS));
        f.put("addresses[0].rent", "450,00");
        f.put("addresses[0].deposit", "900");
        f.put("addresses[1].bagId", "");
        if (finesStatement != null) {
            f.put("finesStatement", finesStatement);
        }
        return f;
    }

    /** The uploads by form field: a floor plan as PNG, every other document as PDF. */
    public static Map<String, Upload> documents(Set<DocumentKind> kinds) {
        Map<String, Upload> files = new LinkedHashMap<>();
        for (DocumentKind kind : kinds) {
            files.put(UploadedDocument.fieldOf(kind), kind == DocumentKind.FLOOR_PLAN
                    ? new Upload("plattegrond.png", "image/png", PNG)
                    : new Upload(kind.name().toLowerCase() + ".pdf", "application/pdf", PDF));
        }
        return files;
    }
}
