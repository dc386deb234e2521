package nl.verhuurtoezicht.letters;

import java.nio.file.Path;
import java.time.Period;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Everything a letter takes from the municipality rather than from the case: letterhead, mandate,
 * where to object, where to pay, and the legal terms (sources in application.yml, FACTS.md section 3).
 *
 * @param municipality      letterhead
 * @param signatory         mandate line and signatory under every letter
 * @param remedies          bezwaar and beroep: to whom, which court
 * @param payment           account for fines
 * @param terms             statutory and policy terms
 * @param meldpunt          contact of the meldpunt, printed in the tenant leaflet
 * @param templateDirectory folder whose templates override the built-in ones; none when null
 */
@ConfigurationProperties("verhuurtoezicht.letters")
public record LetterProperties(Municipality municipality, Signatory signatory, Remedies remedies, Payment payment,
                               Terms terms, Meldpunt meldpunt, Path templateDirectory) {

    public LetterProperties {
        require(municipality, "municipality");
        require(signatory, "signatory");
        require(remedies, "remedies");
        require(payment, "payment");
        require(terms, "terms");
        require(meldpunt, "meldpunt");
    }

    /**
     * @param name          e.g. "Gemeente Nijmegen"
     * @param college       the bestuursorgaan, e.g. "het college van burgemeester en wethouders van Nijmegen"
     * @param postalAddress lines of the return address
     * @param phone         telephone number
     * @param email         e-mail address
     * @param website       website
     * @param logo          PNG or JPEG printed top left; none when null
     */
    public record Municipality(String name, String college, List<String> postalAddress, String phone, String email,
                               String website, Path logo) {
        public Municipality {
            require(name, "municipality.name");
            require(college, "municipality.college");
            require(postalAddress, "municipality.postal-address");
            require(phone, "municipality.phone");
            require(email, "municipality.email");
            require(website, "municipality.website");
            postalAddress = List.copyOf(postalAddress);
        }
    }

    /**
     * @param mandateLine e.g. "namens burgemeester en wethouders van Nijmegen,"
     * @param name        name of the official signing under mandate
     * @param function    function of that official
     */
    public record Signatory(String mandateLine, String name, String function) {
        public Signatory {
            require(mandateLine, "signatory.mandate-line");
            require(name, "signatory.name");
            require(function, "signatory.function");
        }
    }

    /**
     * @param objectionAddress to whom and where a bezwaarschrift goes (Awb 6:4)
     * @param court            rechtbank for beroep and voorlopige voorziening (Awb 8:1, 8:81)
     */
    public record Remedies(String objectionAddress, String court) {
        public Remedies {
            require(objectionAddress, "remedies.objection-address");
            require(court, "remedies.court");
        }
    }

    /**
     * @param iban        account for fines
     * @param accountName name the account is held in
     */
    public record Payment(String iban, String accountName) {
        public Payment {
            require(iban, "payment.iban");
            require(accountName, "payment.account-name");
        }
    }

    /**
     * @param objection  bezwaartermijn (Awb 6:7)
     * @param appeal     beroepstermijn (Awb 6:7)
     * @param payment    betalingstermijn of a fine (Awb 4:87)
     * @param zienswijze term for a zienswijze on a voornemen (policy, FACTS.md section 3)
     */
    public record Terms(Period objection, Period appeal, Period payment, Period zienswijze) {
        public Terms {
            require(objection, "terms.objection");
            require(appeal, "terms.appeal");
            require(payment, "terms.payment");
            require(zienswijze, "terms.zienswijze");
        }
    }

    /**
     * @param phone   telephone number of the meldpunt
     * @param email   e-mail address of the meldpunt
     * @param website page where a report can be made
     */
    public record Meldpunt(String phone, String email, String website) {
        public Meldpunt {
            require(phone, "meldpunt.phone");
            require(email, "meldpunt.email");
            require(website, "meldpunt.website");
        }
    }

    private static void require(Object value, String property) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw new IllegalArgumentException("Missing configuration verhuurtoezicht.letters." + property);
        }
    }
}
