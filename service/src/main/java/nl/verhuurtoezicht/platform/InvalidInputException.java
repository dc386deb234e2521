package nl.verhuurtoezicht.platform;

/**
 * Input a person typed or uploaded that cannot be accepted. Carries the field and a message key (for the Dutch
 * and English UI) and an English default message (for the API and logs). Nothing is changed when it is thrown.
 */
public class InvalidInputException extends RuntimeException {

    private final String field;
    private final String messageKey;
    private final Object[] arguments;

    public InvalidInputException(String field, String messageKey, String defaultMessage, Object... arguments) {
        super(defaultMessage);
        this.field = field;
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
