package nl.verhuurtoezicht.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import javax.imageio.ImageIO;
import nl.verhuurtoezicht.property.Address;
import nl.verhuurtoezicht.support.JourneyClient;
import nl.verhuurtoezicht.support.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Real Chromium at a phone's size: the inspector's checklist with a photo and a lost connection, and a Polish
 * meldpunt report followed by its status link. Skipped, with a message, where Chromium or chromedriver is missing.
 */
class BrowserJourneyTest extends JourneyTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    Path temp;
    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        Assumptions.assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium and chromedriver are needed for browser tests (.ci/install-test-tools installs them)");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + temp.resolve("profile"));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void inspectorFillsTheChecklistOnAPhoneThroughALostConnection() throws IOException {
        Address address = fixtures.letAddress();
        Inspection inspection = riskBasedInspectionScheduledForToday(address);
        login(inspector);

        open("/toezicht/inspecties");
        browser.findElement(By.linkText(address.oneLine())).click();
        browser.findElement(By.id("outcome-ACCESS")).click();
        browser.findElement(By.id("record-visit")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/checklist"));
        awaitTask(inspection.processInstanceKey(), InspectionController.CHECKLIST_TASK);

        type("occupants.present", "6");
        type("occupants.registeredBrp", "3");
        new Select(browser.findElement(By.id("room.1.type"))).selectByValue("BEDROOM");
        type("room.1.floor", "1");
        type("room.1.area", "8");
        type("room.1.occupants", "2");
        await().atMost(PATIENCE).until(() -> reload(inspection).draftJson(), json -> json != null && json.contains("\"room.1.area\":\"8\""));
        assertFitsThePhone();

        Path photo = temp.resolve("kamer.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        new Select(browser.findElement(By.id("attachedTo"))).selectByValue("kamer-1");
        browser.findElement(By.id("photo")).sendKeys(photo.toString());
        browser.findElement(By.id("upload-photo")).click();
        wait.until(d -> !d.findElements(By.cssSelector("#foto .notice")).isEmpty());
        assertThat(browser.findElement(By.id("room.1.area")).getAttribute("value")).as("the draft survives the upload").isEqualTo("8");
        assertThat(inspections.photos(inspection.id())).singleElement()
                .extracting(InspectionRegister.PhotoInfo::attachedTo).isEqualTo("kamer-1");

        browser.setNetworkConditions(offline(true));
        wait.until(d -> !(Boolean) ((JavascriptExecutor) d).executeScript("return navigator.onLine"));
        type("smoke.1.floor", "1");
        new Select(browser.findElement(By.id("smoke.1.present"))).selectByValue("yes");
        new Select(browser.findElement(By.id("smoke.1.working"))).selectByValue("no");
        browser.findElement(By.id("signal-NO_LEASE")).click();
        wait.until(d -> d.findElement(By.id("draft-status")).getText().startsWith("Geen verbinding"));
        String keptOnPhone = (String) browser.executeScript(
                "return window.localStorage.getItem('vt-inspection-draft-" + inspection.id() + "')");
        assertThat(keptOnPhone).contains("\"smoke.1.working\":\"no\"", "NO_LEASE");
        assertThat(reload(inspection).draftJson()).doesNotContain("smoke.1.working");
        browser.findElement(By.id("submit-checklist")).click();
        assertThat(browser.findElement(By.id("draft-status")).getText()).startsWith("Geen verbinding: indienen kan");
        assertThat(reload(inspection).submitted()).isFalse();

        browser.setNetworkConditions(offline(false));
        await().atMost(PATIENCE).until(() -> reload(inspection).draftJson(), json -> json.contains("\"smoke.1.working\":\"no\""));
        browser.findElement(By.id("submit-checklist")).click();
        wait.until(d -> d.getCurrentUrl().contains("?ingediend"));

        Inspection done = await().atMost(PATIENCE).until(() -> reload(inspection), i -> "REPORTED".equals(i.status()));
        assertThat(done.verdict()).isEqualTo("SERIOUS");
        assertThat(done.factsJson()).contains("\"working\":false", "\"NO_LEASE\"");
        browser.navigate().refresh();
        WebElement findings = wait.until(d -> d.findElement(By.id("findings")));
        assertThat(findings.getText()).contains("SNF-DET");
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("Ernstige overtredingen");
        assertFitsThePhone();
    }

    @Test
    void aReportInPolishIsSentAndFollowedByItsStatusLink() throws IOException {
        open("/meldpunt?lang=pl");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Zgłoś złego wynajmującego");
        browser.findElement(By.id("submit-report")).click();
        WebElement summary = wait.until(d -> d.findElement(By.id("error-summary")));
        assertThat(summary.getText()).contains("Wpisz adres.", "Opisz, co się stało.");
        assertFitsThePhone();

        browser.findElement(By.id("address")).sendKeys("ul. Przykładowa 5, Nijmegen");
        browser.findElement(By.id("category-OVERCROWDING")).click();
        browser.findElement(By.id("description")).sendKeys("Mieszka tu 14 osób, kaucja nie została zwrócona.");
        browser.findElement(By.id("submit-report")).click();
        String reference = wait.until(d -> d.findElement(By.id("reference"))).getText();
        assertThat(reference).matches("MP-\\d{4}-\\d{6}");

        browser.findElement(By.id("status-link")).click();
        wait.until(d -> d.findElement(By.id("status")));
        assertThat(browser.findElement(By.id("reference")).getText()).isEqualTo(reference);
        assertThat(browser.findElement(By.id("status")).getText()).isEqualTo("Otrzymane; sprawdzamy Twoje zgłoszenie.");
        assertThat(cases.findByNumber(reference)).isPresent();
    }

    private Inspection riskBasedInspectionScheduledForToday(Address address) {
        long key = client.newCreateInstanceCommand().bpmnProcessId(InspectionStarter.PROCESS_ID).latestVersion()
                .variables(java.util.Map.of("addressId", address.id(), "reason", "RISK_BASED")).send().join()
                .getProcessInstanceKey();
        Inspection inspection = await().atMost(PATIENCE).until(() -> inspections.byProcessInstance(key), Optional::isPresent)
                .orElseThrow();
        schedule(as(coordinator), inspection, false);
        awaitTask(inspection.processInstanceKey(), InspectionController.VISIT_TASK);
        return inspection;
    }

    private void assertFitsThePhone() throws IOException {
        // A picture of the phone's screen at this point, kept under target/screenshots for a person to look at.
        Path shots = Path.of("target", "screenshots");
        Files.createDirectories(shots);
        String name = browser.getCurrentUrl().replaceAll("^https?://[^/]+/", "").replaceAll("[^A-Za-z0-9]+", "-");
        Files.write(shots.resolve(name + ".png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        Long overflow = (Long) browser.executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        Object wide = browser.executeScript("return Array.from(document.querySelectorAll('body *'))"
                + ".filter(e => e.getBoundingClientRect().right > window.innerWidth + 1)"
                + ".map(e => e.tagName + '#' + e.id + '.' + e.className).join(' ')");
        assertThat(overflow).as("no sideways scrolling at 390 px on " + browser.getCurrentUrl() + "; too wide: " + wide)
                .isLessThanOrEqualTo(0L);
    }

    private void login(TestAccounts.Created account) {
        open("/login");
        browser.findElement(By.id("username")).sendKeys(account.username());
        browser.findElement(By.id("password")).sendKeys(TestAccounts.PASSWORD);
        browser.findElement(By.cssSelector("main form button[type=submit]")).click();
        wait.until(d -> !d.getCurrentUrl().contains("/login"));
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void type(String id, String value) {
        WebElement field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(value);
    }

    private static ChromiumNetworkConditions offline(boolean offline) {
        ChromiumNetworkConditions conditions = new ChromiumNetworkConditions();
        conditions.setOffline(offline);
        return conditions;
    }
}
