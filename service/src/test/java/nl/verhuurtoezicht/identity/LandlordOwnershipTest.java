package nl.verhuurtoezicht.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import nl.verhuurtoezicht.db.Tables;
import nl.verhuurtoezicht.support.ServiceTest;
import nl.verhuurtoezicht.support.TestAccounts;
import nl.verhuurtoezicht.support.WebSession;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A landlord opening another landlord's record by id gets exactly what a non-existent id gives: not found. */
@ServiceTest
class LandlordOwnershipTest {

    @Autowired
    TestAccounts accounts;

    @Autowired
    DSLContext dsl;

    @LocalServerPort
    int port;

    @Test
    void ownRecordOpensAnotherLandlordsRecordIsNotFoundLikeAMissingOne() {
        TestAccounts.Created mine = accounts.landlord();
        TestAccounts.Created theirs = accounts.landlord();
        WebSession browser = WebSession.on(port);
        browser.login(mine.username(), TestAccounts.PASSWORD);

        HttpResponse<String> own = browser.get("/verhuurder/registratie/" + mine.landlordId());
        assertThat(own.statusCode()).isEqualTo(200);
        assertThat(own.body()).contains("Test Verhuur " + mine.username());

        HttpResponse<String> other = browser.get("/verhuurder/registratie/" + theirs.landlordId());
        HttpResponse<String> missing = browser.get("/verhuurder/registratie/" + (theirs.landlordId() + 1_000_000));
        assertThat(other.statusCode()).isEqualTo(404);
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(other.body()).contains("Deze pagina bestaat niet").doesNotContain(theirs.username());
        assertThat(withoutCsrfTokens(other.body())).isEqualTo(withoutCsrfTokens(missing.body()));
    }

    /** CSRF tokens are masked afresh on every page; everything else must be identical. */
    private static String withoutCsrfTokens(String page) {
        return page.replaceAll("(name=\"_csrf\" value|name=\"csrf-token\" content)=\"[^\"]*\"", "$1=\"\"");
    }

    @Test
    void ownRowsConditionKeepsOnlyTheLandlordsOwnRows() {
        TestAccounts.Created mine = accounts.landlord();
        accounts.landlord();
        CurrentUser landlord = new CurrentUser(mine.id(), mine.username(), "Test", java.util.Set.of(Role.LANDLORD), mine.landlordId());
        CurrentUser staff = new CurrentUser(1, "staff", "Staff", java.util.Set.of(Role.LEGAL), null);

        assertThat(dsl.select(Tables.LANDLORD.ID).from(Tables.LANDLORD).where(landlord.ownRows(Tables.LANDLORD.ID)).fetch(Tables.LANDLORD.ID))
                .containsExactly(mine.landlordId());
        assertThat(dsl.fetchCount(Tables.LANDLORD, staff.ownRows(Tables.LANDLORD.ID))).isZero();
    }
}
