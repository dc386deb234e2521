package nl.verhuurtoezicht.identity;

import jakarta.mail.BodyPart;
import jakarta.mail.MessagingException;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** A mail as GreenMail received it, taken apart into its text and its attachments (decoded bytes). */
public record ReceivedMail(String contentType, String text, List<Attachment> attachments) {

    public record Attachment(String fileName, String contentType, byte[] bytes) {

        public String sha256() {
            return ReceivedMail.sha256(bytes);
        }
    }

    /** Hex SHA-256, as the letter archive stores it. */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static ReceivedMail of(MimeMessage message) {
        try {
            if (!(message.getContent() instanceof MimeMultipart multipart)) {
                return new ReceivedMail(message.getContentType(), String.valueOf(message.getContent()), List.of());
            }
            StringBuilder text = new StringBuilder();
            List<Attachment> attachments = new ArrayList<>();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart part = multipart.getBodyPart(i);
                if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                    attachments.add(new Attachment(part.getFileName(), part.getContentType(),
                            part.getInputStream().readAllBytes()));
                } else {
                    text.append(part.getContent());
                }
            }
            return new ReceivedMail(message.getContentType(), text.toString(), List.copyOf(attachments));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
