package nl.verhuurtoezicht.inspection;

import java.io.IOException;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Accepts a photo only when its size is within the limit and its first bytes are those of a JPEG or PNG: the declared
 * content type and the file name are the sender's word and are not trusted. Used by the checklist and the meldpunt.
 */
@Component
public class PhotoCheck {

    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};

    /** A photo that passed the check, with the content type found from its bytes. */
    public record CheckedPhoto(String contentType, byte[] content) {
    }

    /** Why a photo was refused: a message key for the form. */
    public static final class RejectedPhoto extends Exception {
        private final String messageKey;

        RejectedPhoto(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    private final InspectionProperties properties;

    PhotoCheck(InspectionProperties properties) {
        this.properties = properties;
    }

    public long maxBytes() {
        return properties.photoMaxSize().toBytes();
    }

    /** Empty for an empty file input (no photo chosen). */
    public Optional<CheckedPhoto> check(MultipartFile file) throws RejectedPhoto {
        if (file == null || file.isEmpty()) {
            return Optional.empty();
        }
        if (file.getSize() > maxBytes()) {
            throw new RejectedPhoto("photo.error.tooLarge");
        }
        byte[] bytes;
        try {
            bytes = file.getBytes();
        } catch (IOException e) {
            throw new RejectedPhoto("photo.error.unreadable");
        }
        String type = startsWith(bytes, JPEG) ? "image/jpeg" : startsWith(bytes, PNG) ? "image/png" : null;
        if (type == null || !properties.photoContentTypes().contains(type)) {
            throw new RejectedPhoto("photo.error.type");
        }
        return Optional.of(new CheckedPhoto(type, bytes));
    }

    private static boolean startsWith(byte[] bytes, byte[] prefix) {
        return bytes.length > prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
    }
}
