package nl.verhuurtoezicht.letters;

import java.util.List;

/**
 * Who the letter goes to, as printed in the envelope window.
 *
 * @param name         person or company name
 * @param addressLines street and number, postcode and place (and country when abroad)
 * @param salutation   what follows "Geachte" (e.g. "heer De Vries"); the language's default when null
 */
public record Addressee(String name, List<String> addressLines, String salutation) {

    public Addressee {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("Addressee needs a name");
        }
        if (addressLines == null || addressLines.isEmpty() || addressLines.stream().anyMatch(l -> l == null || l.isBlank())) {
            throw new IllegalArgumentException("Addressee " + name + " needs at least one non-blank address line");
        }
        addressLines = List.copyOf(addressLines);
    }

    public Addressee(String name, List<String> addressLines) {
        this(name, addressLines, null);
    }

    /**
     * Everyone living at an address, for letters to tenants whose names the municipality does not know. The first line
     * stays Dutch in every letter language because it is read by the postal service; the letter greets the reader itself.
     *
     * @param addressLines street and number, then postcode and place, of the let address
     */
    public static Addressee occupantsOf(List<String> addressLines) {
        return new Addressee("De bewoners van", addressLines);
    }
}
