package nl.verhuurtoezicht.letters;

/** A template or its data cannot make a complete letter; the message names the template and what is wrong. */
public class LetterTemplateException extends RuntimeException {

    public LetterTemplateException(String message) {
        super(message);
    }

    public LetterTemplateException(String message, Throwable cause) {
        super(message, cause);
    }
}
