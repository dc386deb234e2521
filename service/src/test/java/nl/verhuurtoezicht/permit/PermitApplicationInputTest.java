package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import nl.verhuurtoezicht.support.PermitApplicationForm;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.letters.LetterKind;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear message and changes nothing; landlords see only their own cases. */
class PermitApplicationInputTest extends PermitJourneyFixture {

    @Test
    void invalidBagIdPostcodeAndKvkNumberAreAllReportedAndNothingIsStored() {
        TestAccounts.Created account = accounts.landlord();
        Portal landlord = landlord(account);
        Map<String, String> fields = fields(landlord.newSubmissionId(), "12345", null);
        fields.put("kvkNumber", "1234");
        fields.put("addresses[0].postcode", "0123 AB");

        HttpResponse<String> response = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen", fields,
                documents(EnumSet.allOf(DocumentKind.class)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("id=\"error-summary\"")
                .contains("href=\"#kvkNumber\"").contains("Een KvK-nummer bestaat uit precies 8 cijfers.")
                .contains("href=\"#addresses0.bagId\"").contains("Een BAG-verblijfsobjectnummer heeft 16 cijfers")
                .contains("href=\"#addresses0.postcode\"").contains("Een postcode bestaat uit vier cijfers");
        assertThat(applications.ofLandlord(account.landlordId())).isEmpty();
        assertThat(cases.ofLandlord(account.landlordId())).isEmpty();
    }

    @Test
    void aFileThatIsNoPdfOrImageIsRefusedWhateverItsNameSays() {
        TestAccounts.Created account = accounts.landlord();
        Portal landlord = landlord(account);

        HttpResponse<String> response = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen",
                fields(landlord.newSubmissionId(), randomBagId(), "geen"),
                Map.of("document-MODEL_LEASE", new PermitApplicationForm.Upload("huurovereenkomst.pdf", "application/pdf",
                        "<html>not a pdf</html>".getBytes())));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("href=\"#document-MODEL_LEASE\"")
                .contains("Alleen PDF-, JPEG- of PNG-bestanden zijn toegestaan.");
        assertThat(applications.ofLandlord(account.landlordId())).isEmpty();
    }

    @Test
    void aFileAboveTheConfiguredLimitIsRefused() {
        TestAccounts.Created account = accounts.landlord();
        Portal landlord = landlord(account);
        byte[] big = Arrays.copyOf(PDF, 5 * 1024 * 1024 + 1);

        HttpResponse<String> response = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen",
                fields(landlord.newSubmissionId(), randomBagId(), "geen"),
                Map.of("document-FLOOR_PLAN", new PermitApplicationForm.Upload("plattegrond.pdf", "application/pdf", big)));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Het bestand is groter dan 5 MB.");
        assertThat(applications.ofLandlord(account.landlordId())).isEmpty();
    }

    @Test
    void theSameFormSubmittedTwiceGivesOneApplicationOneLetterAndOneProcess() {
        TestAccounts.Created account = accounts.landlord();
        Portal landlord = landlord(account);
        Map<String, String> fields = fields(landlord.newSubmissionId(), randomBagId(), "geen");
        Map<String, PermitApplicationForm.Upload> files = documents(Set.of(DocumentKind.MODEL_LEASE));

        HttpResponse<String> first = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen", fields, files);
        HttpResponse<String> second = landlord.postMultipart("/verhuurder/aanvragen/nieuw", "/verhuurder/aanvragen", fields, files);

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(second.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(applications.ofLandlord(account.landlordId())).hasSize(1);
        String caseNumber = applications.ofLandlord(account.landlordId()).get(0).caseNumber();
        // Only MODEL_LEASE was sent, so the process may already have asked for the rest; what must not double is
        // the receipt that the submission itself issues.
        assertThat(letters.lettersOfCase(caseNumber))
                .filteredOn(l -> l.kind() == LetterKind.ONTVANGSTBEVESTIGING_AANVRAAG).hasSize(1);
        assertThat(processOf(caseNumber)).isPositive();
    }

    @Test
    void aLandlordOpeningAnotherLandlordsCaseOrLetterFindsNothing() {
        TestAccounts.Created owner = accounts.landlord();
        String caseNumber = submit(landlord(owner), randomBagId(), Set.of(), "geen");
        var letter = letters.lettersOfCase(caseNumber).get(0);
        Portal other = landlord(accounts.landlord());

        assertThat(other.get("/verhuurder/aanvragen/" + caseNumber).statusCode()).isEqualTo(404);
        assertThat(other.download("/verhuurder/aanvragen/" + caseNumber + "/brieven/" + letter.id()).statusCode()).isEqualTo(404);
        assertThat(other.get("/verhuurder/aanvragen").body()).doesNotContain(caseNumber);
        HttpResponse<byte[]> own = landlord(owner).download("/verhuurder/aanvragen/" + caseNumber + "/brieven/" + letter.id());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(new String(own.body(), 0, 5)).isEqualTo("%PDF-");
    }

    @Test
    void aSupplementToAnApplicationThatIsNotWaitingForOneIsRefused() {
        TestAccounts.Created account = accounts.landlord();
        Portal landlord = landlord(account);
        String caseNumber = submit(landlord, randomBagId(), EnumSet.allOf(DocumentKind.class), "geen");
        path().awaitActive(processOf(caseNumber), "decide-permit");

        HttpResponse<String> response = landlord.postMultipart("/verhuurder/aanvragen/" + caseNumber,
                "/verhuurder/aanvragen/" + caseNumber + "/aanvulling", Map.of("finesStatement", "geen"), Map.of());

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("Deze aanvraag wacht niet op een aanvulling.");
        assertThat(steps(caseNumber)).doesNotContain(ApplicationStep.SUPPLEMENTED);
    }
}
