package nl.verhuurtoezicht.permit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import nl.verhuurtoezicht.platform.InvalidInputException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartRequest;

/** Reads the document fields of a form ({@code document-<KIND>}); empty fields are skipped, bad files reported per field. */
@Component
class DocumentUploads {

    private final PermitProperties properties;

    DocumentUploads(PermitProperties properties) {
        this.properties = properties;
    }

    record Read(List<UploadedDocument> documents, Map<String, String> problems) {
    }

    Read read(MultipartRequest request) {
        List<UploadedDocument> documents = new ArrayList<>();
        Map<String, String> problems = new LinkedHashMap<>();
        long max = properties.maxDocumentSize().toBytes();
        for (DocumentKind kind : DocumentKind.values()) {
            MultipartFile file = request == null ? null : request.getFile(UploadedDocument.fieldOf(kind));
            if (file == null || file.isEmpty()) {
                continue;
            }
            try {
                if (file.getSize() > max) {
                    throw new InvalidInputException(UploadedDocument.fieldOf(kind), "permit.validation.document.tooLarge",
                            "File too large", max / (1024 * 1024));
                }
                documents.add(UploadedDocument.of(kind, file.getOriginalFilename(), file.getBytes(), max));
            } catch (InvalidInputException e) {
                problems.put(UploadedDocument.fieldOf(kind), e.messageKey());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return new Read(documents, problems);
    }

    long maxMegabytes() {
        return properties.maxDocumentSize().toMegabytes();
    }
}
