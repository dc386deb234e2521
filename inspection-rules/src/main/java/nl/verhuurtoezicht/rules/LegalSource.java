package nl.verhuurtoezicht.rules;

import java.util.Objects;

/** Where a norm comes from, and how firmly that is established. {@code url} may be null. */
public record LegalSource(String reference, String url, SourceMarking marking) {

    public LegalSource {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(marking, "marking");
    }

    /** The reference with its FACTS.md marking, e.g. {@code "vgvm.nl norm 2.1 [C]"}, as shown in findings. */
    public String label() {
        return reference + " [" + marking.name().charAt(0) + "]";
    }
}
