package nl.verhuurtoezicht.permit;

import java.util.Arrays;
import nl.verhuurtoezicht.platform.InvalidInputException;

/**
 * An uploaded document whose type was read from its first bytes, not from its name or the browser's claim: only
 * PDF, JPEG and PNG are accepted, up to the configured size.
 */
public record UploadedDocument(DocumentKind kind, String fileName, String mediaType, byte[] content) {

    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    /** Checks size and content; the field named in an error is {@code document-<KIND>}. */
    public static UploadedDocument of(DocumentKind kind, String fileName, byte[] content, long maxBytes) {
        String field = fieldOf(kind);
        if (content == null || content.length == 0) {
            throw new InvalidInputException(field, "permit.validation.document.empty", "The uploaded file is empty");
        }
        if (content.length > maxBytes) {
            throw new InvalidInputException(field, "permit.validation.document.tooLarge",
                    "The file is larger than " + maxBytes / (1024 * 1024) + " MB", maxBytes / (1024 * 1024));
        }
        String mediaType = sniff(content);
        if (mediaType == null) {
            throw new InvalidInputException(field, "permit.validation.document.type",
                    "Only PDF, JPEG or PNG files are accepted");
        }
        String name = fileName == null || fileName.isBlank() ? kind.name().toLowerCase() : fileName.strip();
        name = name.replaceAll("[\\\\/\\p{Cntrl}]", "_");
        return new UploadedDocument(kind, name.length() > 200 ? name.substring(0, 200) : name, mediaType, content);
    }

    public static String fieldOf(DocumentKind kind) {
        return "document-" + kind.name();
    }

    private static String sniff(byte[] content) {
        if (startsWith(content, PDF)) {
            return "application/pdf";
        }
        if (startsWith(content, JPEG)) {
            return "image/jpeg";
        }
        if (startsWith(content, PNG)) {
            return "image/png";
        }
        return null;
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }
}
