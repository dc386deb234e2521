package nl.verhuurtoezicht.letters;

import java.io.ByteArrayInputStream;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** Runs veraPDF's PDF/A-2b validation profile over PDF bytes and lists the failed rules. */
final class PdfAConformance {

    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private PdfAConformance() {
    }

    /** @return one line per failed rule; empty when the document conforms to PDF/A-2b */
    static List<String> failures(byte[] pdf) {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            if (result.isCompliant()) {
                return List.of();
            }
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct()
                    .toList();
        } catch (Exception e) {
            throw new AssertionError("veraPDF could not validate the letter", e);
        }
    }
}
