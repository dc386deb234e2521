package nl.verhuurtoezicht.rules.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nl.verhuurtoezicht.rules.CatalogueJson;
import nl.verhuurtoezicht.rules.Evaluation;
import nl.verhuurtoezicht.rules.EvaluationJson;
import nl.verhuurtoezicht.rules.Evaluator;
import nl.verhuurtoezicht.rules.FactsJson;
import nl.verhuurtoezicht.rules.InspectionFacts;
import nl.verhuurtoezicht.rules.InvalidInputException;
import nl.verhuurtoezicht.rules.Language;
import nl.verhuurtoezicht.rules.RuleCatalogue;

/**
 * {@code evaluate FILE|-} prints the evaluation of one inspection's facts; {@code catalogue} prints the
 * rules with their sources. Options: {@code --catalogue FILE} (municipal catalogue), {@code --lang nl|en}.
 * Exit 0 on success; 2 with one line on stderr for bad input, naming the JSON path of the problem.
 */
public final class RulesCli {

    static final int OK = 0;
    static final int BAD_INPUT = 2;
    static final String USAGE = "usage: evaluate FILE|- [--catalogue FILE] [--lang nl|en]"
            + " | catalogue [--catalogue FILE]";

    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    RulesCli(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    /** JSON is UTF-8 whatever the platform locale, so the streams are not left to the default charset. */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
        System.exit(new RulesCli(System.in, out, err).run(args));
    }

    int run(String[] args) {
        Options options;
        try {
            options = Options.parse(args);
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage() + "; " + USAGE);
            return BAD_INPUT;
        }
        RuleCatalogue catalogue;
        try {
            catalogue = options.catalogue() == null ? RuleCatalogue.loadDefault()
                    : RuleCatalogue.load(options.catalogue());
        } catch (InvalidInputException e) {
            err.println("invalid catalogue " + options.catalogue() + " at " + e.getMessage());
            return BAD_INPUT;
        } catch (UncheckedIOException e) {
            err.println(e.getMessage());
            return BAD_INPUT;
        }
        if (options.command().equals("catalogue")) {
            out.println(CatalogueJson.write(catalogue));
            return OK;
        }
        InspectionFacts facts;
        try {
            facts = options.input().equals("-") ? FactsJson.parse(in)
                    : FactsJson.parse(Files.readString(Path.of(options.input())));
        } catch (InvalidInputException e) {
            err.println("invalid input at " + e.getMessage());
            return BAD_INPUT;
        } catch (NoSuchFileException e) {
            err.println("cannot read " + options.input() + ": no such file");
            return BAD_INPUT;
        } catch (IOException | UncheckedIOException e) {
            err.println("cannot read " + options.input() + ": " + e.getMessage());
            return BAD_INPUT;
        }
        Evaluation evaluation = new Evaluator(catalogue, options.language()).evaluate(facts);
        out.println(EvaluationJson.write(evaluation, true));
        return OK;
    }

    record Options(String command, String input, Path catalogue, Language language) {

        static Options parse(String[] args) {
            List<String> positional = new ArrayList<>();
            Path catalogue = null;
            Language language = Language.NL;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--catalogue" -> catalogue = Path.of(value(args, ++i, "--catalogue"));
                    case "--lang" -> language = Language.fromCode(value(args, ++i, "--lang"));
                    default -> {
                        if (args[i].startsWith("--")) {
                            throw new IllegalArgumentException("unknown option " + args[i]);
                        }
                        positional.add(args[i]);
                    }
                }
            }
            if (positional.size() == 2 && positional.get(0).equals("evaluate")) {
                return new Options("evaluate", positional.get(1), catalogue, language);
            }
            if (positional.size() == 1 && positional.get(0).equals("catalogue")) {
                return new Options("catalogue", null, catalogue, language);
            }
            throw new IllegalArgumentException(positional.isEmpty() ? "no command" : "unexpected arguments "
                    + String.join(" ", positional));
        }

        private static String value(String[] args, int index, String option) {
            if (index >= args.length) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args[index];
        }
    }
}
