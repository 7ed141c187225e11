package org.dragoman.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.dragoman.server.DiplomacyServer;
import org.dragoman.store.DiplomacyStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Fuseki's query UI in headless Chromium: run a query, see the Putin–Tokayev meeting in the results table.
 * Skipped where Debian's chromium and chromium-driver are missing, except in CI, where it must run.
 */
class BrowserIT {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    @TempDir
    static Path dir;
    static Path db;

    @org.junit.jupiter.api.BeforeAll
    static void ingest() {
        db = dir.resolve("db");
        SharedPipeline.ingester(DiplomacyStore.open(db), null)
                .ingest(List.of(SharedPipeline.seed()), false, new PrintWriter(new StringWriter()));
    }

    static WebDriver chromium() {
        String missing = missing(Files.isExecutable(CHROMIUM), Files.isExecutable(DRIVER));
        if (System.getenv("CI") != null) {
            assertTrue(missing.isEmpty(), "CI must have /usr/bin/chromium and /usr/bin/chromedriver (.ci/run installs them); " + missing);
        }
        assumeTrue(missing.isEmpty(), "SKIPPED: " + missing);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }

    /** What is missing, by name and package, or "" when both are there: a message that says which half to install. */
    static String missing(boolean browser, boolean driver) {
        if (browser && driver) {
            return "";
        }
        if (browser) {
            return "the Chromium driver " + DRIVER + " is missing, though Chromium is installed (apt-get install chromium-driver)";
        }
        if (driver) {
            return "Chromium " + CHROMIUM + " is missing, though its driver is installed (apt-get install chromium)";
        }
        return "neither Chromium " + CHROMIUM + " nor its driver " + DRIVER + " is installed (apt-get install chromium chromium-driver)";
    }

    @Test
    void theSkipMessageSaysWhichHalfIsMissing() {
        assertEquals("", missing(true, true));
        assertTrue(missing(true, false).startsWith("the Chromium driver /usr/bin/chromedriver is missing"), missing(true, false));
        assertTrue(missing(false, true).startsWith("Chromium /usr/bin/chromium is missing"), missing(false, true));
        assertTrue(missing(false, false).contains("chromium chromium-driver"), missing(false, false));
    }

    static void screenshot(WebDriver driver, String name) throws Exception {
        Path target = Path.of("target", name);
        Files.createDirectories(target.getParent());
        Path shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, target, StandardCopyOption.REPLACE_EXISTING);
    }

    @Test
    void queryUiShowsTheMeeting() throws Exception {
        try (DiplomacyServer server = DiplomacyServer.create().config(Path.of("fuseki-config.ttl")).database(db).port(0).build().start()) {
            WebDriver driver = chromium();
            try {
                String query = Files.readString(Path.of("queries", "who-met-whom.rq"));
                driver.get("http://localhost:" + server.port() + "/#/dataset/diplomacy/query?query="
                        + URLEncoder.encode(query, StandardCharsets.UTF_8));
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                wait.until(d -> !d.findElements(By.cssSelector(".yasqe_queryButton")).isEmpty());
                driver.findElement(By.cssSelector(".yasqe_queryButton")).click();
                wait.until(d -> d.findElements(By.cssSelector(".yasr td")).stream()
                        .anyMatch(td -> td.getText().contains("Kassym-Jomart Tokayev")));
                String table = driver.findElement(By.cssSelector(".yasr")).getText();
                assertTrue(table.contains("Vladimir Putin") && table.contains("Moscow") && table.contains("2021-08-21"), table);
                screenshot(driver, "ui-query.png");
                // The UI is read-only: no dataset management endpoint behind it.
                driver.get("http://localhost:" + server.port() + "/$/datasets");
                assertEquals(false, driver.getPageSource().contains("ds.name"));
                // Nor links to it: the admin pages are hidden, the dataset pages remain.
                driver.get("http://localhost:" + server.port() + "/#/");
                wait.until(d -> !d.findElements(By.cssSelector("a[href^='#/manage']")).isEmpty());
                assertTrue(driver.findElements(By.cssSelector("a[href^='#/manage']")).stream().noneMatch(e -> e.isDisplayed()));
                assertTrue(driver.findElements(By.cssSelector("a[href^='#/dataset']")).stream().anyMatch(e -> e.isDisplayed())
                        || driver.getPageSource().contains("diplomacy"));
            } finally {
                driver.quit();
            }
        }
    }

    @Test
    void reportIsSelfContainedAndShowsTheMeetings() throws Exception {
        String html = new org.dragoman.report.ReportWriter(DiplomacyStore.open(db).dataset()).html();
        assertTrue(!html.contains("<script") && !html.contains("src=\"http") && !html.contains("<link"),
                "the report fetches nothing");
        Path file = Path.of("target", "report.html").toAbsolutePath();
        Files.writeString(file, html);
        WebDriver driver = chromium();
        try {
            driver.get(file.toUri().toString());
            String svg = driver.findElement(By.cssSelector("svg")).getText();
            assertTrue(svg.contains("Vladimir Putin") && svg.contains("Kassym-Jomart Tokayev") && svg.contains("Angela Merkel"), svg);
            assertTrue(svg.contains("2021-08-21 Moscow") && svg.contains("2021-08-20 Moscow") && svg.contains("2020-06 Moscow"), svg);
            assertEquals(3, driver.findElements(By.cssSelector("svg path")).size(), "one edge per pairwise meeting");
            screenshot(driver, "report.png");
        } finally {
            driver.quit();
        }
    }
}
