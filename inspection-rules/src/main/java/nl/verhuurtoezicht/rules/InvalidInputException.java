package nl.verhuurtoezicht.rules;

/**
 * Input (inspection facts or a catalogue file) that cannot be used. The message is one line that starts
 * with the JSON path of the problem, e.g. {@code $.rooms[2].areaM2: must not be negative (was -4)}.
 */
public class InvalidInputException extends RuntimeException {

    private final String path;
    private final String problem;

    public InvalidInputException(String path, String problem) {
        super(path + ": " + oneLine(problem));
        this.path = path;
        this.problem = oneLine(problem);
    }

    public String path() {
        return path;
    }

    public String problem() {
        return problem;
    }

    private static String oneLine(String text) {
        return text == null ? "invalid" : text.strip().replaceAll("\\s+", " ");
    }
}
