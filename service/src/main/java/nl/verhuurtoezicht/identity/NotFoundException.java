package nl.verhuurtoezicht.identity;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/**
 * The answer to opening something that does not exist <em>or</em> that belongs to someone else: both
 * give 404, so an id that is not yours tells you nothing about whether it exists.
 */
public class NotFoundException extends ResponseStatusException {

    public NotFoundException(String what) {
        super(HttpStatus.NOT_FOUND, what + " not found");
    }
}
