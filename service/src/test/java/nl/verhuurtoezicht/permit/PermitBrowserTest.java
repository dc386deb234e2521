package nl.verhuurtoezicht.permit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A landlord submits an application and a legal staff member grants it, in a real (headless) Chromium. Skipped with a
 * message when chromium or chromedriver is not installed ({@code .ci/install-test-tools} installs them).
 */
class PermitBrowserTest extends PermitJourneyFixture {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path temp;

    private WebDriver browser;

    @BeforeEach
    void startBrowser() throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium/chromedriver not installed: run .ci/install-test-tools");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toString()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run", "--user-data-dir=" + Files.createDirectory(temp.resolve("profile")),
                "--window-size=360,800");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build(), options);
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void landlordSubmitsOnAPhoneSizedScreenAndLegalStaffGrantThePermit() throws IOException {
        TestAccounts.Created account = accounts.landlord();
        login(account.username());
        browser.get(base() + "/verhuurder/aanvragen/nieuw");
        Map<String, String> fields = fields("ignored", randomBagId(), "geen");
        fields.remove("submissionId");
        fields.remove("applicantKind");
        fields.forEach((name, value) -> {
            var input = browser.findElement(By.name(name));
            if (input.getTagName().equals("select")) {
                new org.openqa.selenium.support.ui.Select(input).selectByValue(value);
            } else {
                input.clear();
                input.sendKeys(value);
            }
        });
        for (DocumentKind kind : DocumentKind.values()) {
            Path file = Files.write(temp.resolve(kind.name().toLowerCase() + ".pdf"), PDF);
            browser.findElement(By.id(UploadedDocument.fieldOf(kind))).sendKeys(file.toString());
        }
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();

        wait(ExpectedConditions.urlMatches("/verhuurder/aanvragen/VA-"));
        String caseNumber = browser.getCurrentUrl().substring(browser.getCurrentUrl().lastIndexOf('/') + 1);
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains(caseNumber);
        assertThat(browser.findElement(By.id("decision-due")).getText()).matches("\\d{2}-\\d{2}-\\d{4}");
        path().awaitActive(processOf(caseNumber), "decide-permit");

        browser.manage().deleteAllCookies();
        login(accounts.staff(nl.verhuurtoezicht.identity.Role.LEGAL).username());
        browser.get(base() + "/juridisch/taken");
        browser.findElement(By.linkText(caseNumber)).click();
        assertThat(browser.findElement(By.id("advice")).getText()).isEqualTo("Verlenen");
        browser.findElement(By.id("decision")).click();
        browser.findElement(By.id("conditions")).sendKeys("Nachtregister bijhouden.");
        browser.findElement(By.id("decide")).click();

        wait(ExpectedConditions.urlContains("besloten"));
        assertThat(browser.findElement(By.cssSelector("p.notice")).getText()).contains("vastgelegd");
        awaitStatus(caseNumber, ApplicationStatus.GRANTED);
        browser.get(base() + "/register/vergunningen");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains("Groenestraat 214");
    }

    private void login(String username) {
        browser.get(base() + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private void wait(org.openqa.selenium.support.ui.ExpectedCondition<?> condition) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(condition);
    }

    private String base() {
        return "http://localhost:" + port;
    }
}
