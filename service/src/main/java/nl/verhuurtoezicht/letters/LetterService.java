package nl.verhuurtoezicht.letters;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.transaction.annotation.Transactional;

/**
 * What journeys call to send a letter. {@link #issue} numbers, renders and archives a letter in one
 * transaction and is idempotent on (case, kind, idempotency key): a job delivered twice gets the
 * letter of its first delivery back. {@link #preview} renders without storing.
 */
public class LetterService {

    private final LetterRenderer renderer;
    private final LetterArchive archive;
    private final Clock clock;

    LetterService(LetterRenderer renderer, LetterArchive archive, Clock clock) {
        this.renderer = renderer;
        this.archive = archive;
        this.clock = clock;
    }

    /**
     * @param idempotencyKey identifies the request, e.g. the job key or "case step"; at most 200 characters
     * @throws MissingLetterValueException when the data lacks a value the template needs; nothing is stored
     */
    @Transactional
    public StoredLetter issue(LetterKind kind, LetterData data, String idempotencyKey) {
        return store(kind, data, idempotencyKey, null);
    }

    /**
     * Issues a new letter that replaces an earlier one of the same kind and case; the earlier letter
     * stays in the archive unchanged, and the new one says at the top which letter it replaces.
     */
    @Transactional
    public StoredLetter correct(UUID replacedLetterId, LetterData data, String idempotencyKey) {
        StoredLetter replaced = archive.findById(replacedLetterId).orElseThrow(
                () -> new IllegalArgumentException("No archived letter " + replacedLetterId + " to correct"));
        if (!replaced.caseReference().equals(data.caseReference())) {
            throw new IllegalArgumentException("Letter " + replaced.kenmerk() + " belongs to case " + replaced.caseReference()
                    + "; its correction cannot be filed under case " + data.caseReference());
        }
        return store(replaced.kind(), data, idempotencyKey, replaced);
    }

    /** Renders the letter as it would be sent, with a concept kenmerk, and stores nothing. */
    public RenderedLetter preview(LetterKind kind, LetterData data) {
        return renderer.render(kind, data, data.caseReference() + "-concept");
    }

    @Transactional(readOnly = true)
    public Optional<StoredLetter> find(UUID id) {
        return archive.findById(id);
    }

    @Transactional(readOnly = true)
    public List<StoredLetter> lettersOfCase(String caseReference) {
        return archive.findByCase(caseReference);
    }

    private StoredLetter store(LetterKind kind, LetterData data, String idempotencyKey, StoredLetter replaced) {
        if (kind == null || data == null) {
            throw new IllegalArgumentException("Issuing a letter needs a kind and data");
        }
        if (idempotencyKey == null || idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
            throw new IllegalArgumentException("Idempotency key must be 1-200 characters, was: " + idempotencyKey);
        }
        archive.lockCase(data.caseReference());
        Optional<StoredLetter> earlier = archive.findByJob(data.caseReference(), kind, idempotencyKey);
        if (earlier.isPresent()) {
            return earlier.get();
        }
        int sequence = archive.nextSequence(data.caseReference());
        String kenmerk = data.caseReference() + "-" + sequence;
        RenderedLetter rendered = replaced == null
                ? renderer.render(kind, data, kenmerk)
                : renderer.render(kind, data, kenmerk, new LetterComposer.Correction(replaced.kenmerk(), replaced.letterDate()));
        StoredLetter letter = new StoredLetter(UUID.randomUUID(), kenmerk, kind, data.caseReference(), data.language(),
                data.date(), idempotencyKey, replaced == null ? null : replaced.id(), rendered.sha256(), rendered.pages(),
                OffsetDateTime.now(clock), rendered.pdf());
        archive.insert(letter, sequence);
        return letter;
    }
}
