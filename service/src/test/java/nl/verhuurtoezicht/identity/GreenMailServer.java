package nl.verhuurtoezicht.identity;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One real SMTP server in-process (GreenMail) on a free port, shared by every {@link IdentityServiceTest} context;
 * the initializer points {@code spring.mail.host}/{@code port} at it.
 */
public final class GreenMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern LINK = Pattern.compile("(http://\\S+)");
    private static GreenMail server;

    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        TestPropertyValues.of("spring.mail.host=127.0.0.1", "spring.mail.port=" + server().getSmtp().getPort())
                .applyTo(context.getEnvironment());
    }

    /** Waits for the mails to {@code recipient} until there are {@code count}, and returns them. */
    public static List<MimeMessage> mailsTo(String recipient, int count) {
        long deadline = System.currentTimeMillis() + 10_000;
        while (System.currentTimeMillis() < deadline) {
            List<MimeMessage> mails = Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, recipient)).toList();
            if (mails.size() >= count) {
                return mails;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("Fewer than " + count + " mail(s) to " + recipient + " arrived");
    }

    public static long countTo(String recipient) {
        return Arrays.stream(server().getReceivedMessages()).filter(m -> sentTo(m, recipient)).count();
    }

    static String linkIn(MimeMessage mail) {
        Matcher link = LINK.matcher(com.icegreen.greenmail.util.GreenMailUtil.getBody(mail).replace("=\r\n", "").replace("=3D", "="));
        if (!link.find()) {
            throw new AssertionError("No link in mail");
        }
        return link.group(1);
    }

    private static boolean sentTo(MimeMessage message, String recipient) {
        try {
            return Arrays.stream(message.getAllRecipients()).anyMatch(a -> a.toString().equalsIgnoreCase(recipient));
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
